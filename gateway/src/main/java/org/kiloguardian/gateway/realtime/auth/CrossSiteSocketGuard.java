package org.kiloguardian.gateway.realtime.auth;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.security.session.SessionCookie;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site WebSocket hijacking: a page of any other site could open {@code /socket.io} in a
 * household member's browser, which sends the session cookie along, and read every household event.
 * A request that carries the session cookie must therefore come from the app's own origin or one
 * listed in {@code kilo.realtime.allowed-origins}; from elsewhere it answers 403 before the
 * Engine.IO handshake (polling or websocket), so nothing ever flows. Without an Origin header (not a
 * browser) or without the cookie (a token client), nothing changes.
 */
@ApplicationScoped
public class CrossSiteSocketGuard {

    /** Before the polling routes and the websocket upgrade. */
    static final int ORDER = -20;

    private final List<String> allowedOrigins;

    CrossSiteSocketGuard(RealtimeConfig config) {
        this.allowedOrigins = config.allowedOrigins().orElse(List.of()).stream().map(CrossSiteSocketGuard::normalised).toList();
    }

    void install(@Observes Router router) {
        router.route("/socket.io/*").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || request.getCookie(SessionCookie.NAME) == null || isOwn(request, origin)
                || allowedOrigins.contains(normalised(origin))) {
            context.next();
            return;
        }
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("code", 4).put("message", "Forbidden: origin not allowed").encode());
    }

    /** The Origin names this server as the browser reached it (its scheme and host, after trusted proxies). */
    private static boolean isOwn(HttpServerRequest request, String origin) {
        if (request.authority() == null) {
            return false;
        }
        String scheme = request.scheme() == null ? "http" : request.scheme();
        int port = request.authority().port() > 0 ? request.authority().port() : defaultPort(scheme);
        return normalised(origin).equals(normalised(scheme + "://" + request.authority().host() + ":" + port));
    }

    /** scheme://host:port in lower case, the default port written out, so equal origins compare equal. */
    private static String normalised(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin.trim().toLowerCase(Locale.ROOT);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(scheme);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return origin.trim().toLowerCase(Locale.ROOT);
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
