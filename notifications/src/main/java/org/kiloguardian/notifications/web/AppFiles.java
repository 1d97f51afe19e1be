package org.kiloguardian.notifications.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * What makes the dashboard an installable app that can be notified with the app closed: the web app
 * manifest, the service worker and the icons. They are served at the root, since a service worker
 * controls only the pages below its own path, and they are Vert.x routes ahead of Vaadin's catch-all
 * (which would answer an unknown path with its page). Each file is read once and served with its
 * exact content type; none needs a login (a browser fetches the manifest without cookies).
 */
@ApplicationScoped
public class AppFiles {

    /** Before REST (1500) and Vaadin (10000); after the Socket.IO routes (-12 .. -10). */
    static final int ORDER = 1_000;

    record File(String path, String resource, String contentType, String cacheControl) {
    }

    static final List<File> FILES = List.of(
            new File("/manifest.webmanifest", "manifest.webmanifest", "application/manifest+json", "no-cache"),
            // a browser checks for a new service worker at least daily; no-cache makes it see every deployment at once
            new File("/sw.js", "sw.js", "text/javascript; charset=utf-8", "no-cache"),
            new File("/icons/kilo-192.png", "icons/kilo-192.png", "image/png", "public, max-age=86400"),
            new File("/icons/kilo-512.png", "icons/kilo-512.png", "image/png", "public, max-age=86400"),
            new File("/icons/kilo-maskable-512.png", "icons/kilo-maskable-512.png", "image/png", "public, max-age=86400"),
            new File("/icons/apple-touch-icon.png", "icons/apple-touch-icon.png", "image/png", "public, max-age=86400"));

    void install(@Observes Router router) {
        for (File file : FILES) {
            Buffer content = Buffer.buffer(read(file.resource()));
            router.get(file.path()).order(ORDER).handler(context -> context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, file.contentType())
                    .putHeader(HttpHeaders.CACHE_CONTROL, file.cacheControl())
                    .end(content));
            router.head(file.path()).order(ORDER).handler(context -> context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, file.contentType())
                    .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(content.length()))
                    .end());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = AppFiles.class.getClassLoader().getResourceAsStream("notifications/web/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("notifications/web/" + resource + " is missing from the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
