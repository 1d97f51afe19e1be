package org.kiloguardian.security.session;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kiloguardian.security.config.SecurityConfig;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser's session cookie: a {@link SessionClaim} encrypted (AES-GCM) with the session key, with
 * the idle timeout inside it and renewed at most once a minute while in use. Quarkus' own persistent
 * login does the cryptography; this class decides what goes in and when the cookie is Secure.
 */
@ApplicationScoped
public class SessionCookie {

    /** The name Quarkus' form login used, kept so existing browsers and scripts see the same cookie. */
    public static final String NAME = "quarkus-credential";

    private static final Logger LOG = Logger.getLogger(SessionCookie.class);
    private static final Duration RENEWAL_INTERVAL = Duration.ofMinutes(1);

    /** A cookie that decrypted, with whether it is time to write a fresh one. */
    record Restored(SessionClaim claim, PersistentLoginManager.RestoreResult raw) {
    }

    private final PersistentLoginManager manager;

    @Inject
    SessionCookie(SecurityConfig config,
            // a quarkus.* key, owned by the HTTP extension: no mapping of ours can hold it
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        if (key.isEmpty()) {
            LOG.info("No session key is set (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY): a restart logs every browser out");
        }
        this.manager = new PersistentLoginManager(key.orElse(null), NAME, config.session().idleTimeout().toMillis(),
                RENEWAL_INTERVAL.toMillis(), true, "LAX", "/", -1, null);
    }

    /** The claim of the request's cookie, if it has one that decrypts and has not been idle too long. */
    Optional<Restored> read(RoutingContext context) {
        PersistentLoginManager.RestoreResult raw = manager.restore(context);
        if (raw == null) {
            return Optional.empty();
        }
        return SessionClaim.decode(raw.getPrincipal()).map(claim -> new Restored(claim, raw));
    }

    boolean isPresent(RoutingContext context) {
        return context.request().getCookie(NAME) != null;
    }

    void write(RoutingContext context, SessionClaim claim) {
        manager.save(claim.encode(), context, NAME, null, isHttps(context));
    }

    /** Pushes the idle timeout back, when the cookie is due for renewal. */
    void renew(RoutingContext context, Restored restored) {
        manager.save(restored.claim().encode(), context, NAME, restored.raw(), isHttps(context));
    }

    void clear(RoutingContext context) {
        manager.clear(context);
    }

    /** HTTPS as the browser sees it: directly, or through a trusted proxy's X-Forwarded-Proto. */
    public static boolean isHttps(RoutingContext context) {
        return "https".equalsIgnoreCase(context.request().scheme());
    }
}
