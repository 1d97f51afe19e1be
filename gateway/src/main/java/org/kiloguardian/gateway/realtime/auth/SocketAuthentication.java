package org.kiloguardian.gateway.realtime.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;
import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.gateway.realtime.server.Handshake;
import org.kiloguardian.gateway.realtime.server.Middleware;
import org.kiloguardian.gateway.realtime.server.SocketIoServer;
import org.kiloguardian.gateway.realtime.server.SocketIoSocket;
import org.kiloguardian.security.account.AccountRemoved;
import org.kiloguardian.security.audit.LoggedText;
import org.kiloguardian.security.event.SessionsEnded;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.token.TokenRevoked;
import org.kiloguardian.security.token.TokenService;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;

/**
 * Who may join the household's real-time channel: a CONNECT carries either the browser's session
 * (the cookie the HTTP layer authenticated when the connection opened) or {@code auth: {token}}.
 * Anyone else gets CONNECT_ERROR {@code {"message":"unauthorized"}}. A socket lives no longer than
 * what admitted it: a revoked or expired token, ended sessions (logout, password or role change), a
 * session past its maximum age or a deleted user disconnect the live sockets that relied on it.
 */
@Startup
@ApplicationScoped
public class SocketAuthentication {

    static final String UNAUTHORIZED = "unauthorized";
    /** The token could not be checked: not refused, the client may try again after {@code data.retryAfter} seconds. */
    static final String DATABASE_UNAVAILABLE = "database unavailable";
    private static final Logger LOG = Logger.getLogger(SocketAuthentication.class);

    /** Who a live socket belongs to; tokenId is null for a browser session. */
    record Owner(String username, Long tokenId) {
    }

    private final Map<SocketIoSocket, Owner> owners = new ConcurrentHashMap<>();
    private final TokenService tokens;
    private final Vertx vertx;

    SocketAuthentication(SocketIoServer server, RealtimeConfig config, TokenService tokens, Vertx vertx) {
        this.tokens = tokens;
        this.vertx = vertx;
        if (config.auth().required() && !config.conformance().enabled()) {
            server.defaultNamespace().use(this::authenticate);
        }
    }

    private void authenticate(SocketIoSocket socket, Middleware.Next next) {
        Handshake handshake = socket.handshake();
        String token = handshake.auth() != null && handshake.auth().hasNonNull("token") ? handshake.auth().get("token").asText() : null;
        if (token != null) {
            // the token store is a database: look it up off the event loop, answer back on it; unordered,
            // so one slow lookup does not hold up the other connections' lookups behind it
            vertx.<Optional<TokenService.TokenOwner>>executeBlocking(() -> tokens.authenticate(token), false).onComplete(result -> {
                if (result.succeeded() && result.result().isPresent()) {
                    TokenService.TokenOwner owner = result.result().get();
                    admit(socket, new Owner(owner.username(), owner.tokenId()), owner.expiresAt(), next);
                } else if (result.failed() && DatabaseUnavailable.isCauseOf(result.cause())) {
                    LOG.warnf("A socket's token could not be checked, the database is unavailable: %s", result.cause().toString());
                    next.reject(DATABASE_UNAVAILABLE, Map.of("retryAfter", DatabaseUnavailable.RETRY_AFTER_SECONDS));
                } else {
                    next.reject(UNAUTHORIZED, null);
                }
            });
            return;
        }
        SecurityIdentity identity = handshake.identity();
        if (identity != null && !identity.isAnonymous()) {
            admit(socket, new Owner(identity.getPrincipal().getName(), HouseholdIdentity.tokenId(identity).orElse(null)),
                    HouseholdIdentity.expiresAt(identity).orElse(null), next);
            return;
        }
        next.reject(UNAUTHORIZED, null);
    }

    private void admit(SocketIoSocket socket, Owner owner, Instant expiresAt, Middleware.Next next) {
        owners.put(socket, owner);
        if (expiresAt != null) {
            long timer = vertx.setTimer(Math.max(1, expiresAt.toEpochMilli() - System.currentTimeMillis()),
                    fired -> disconnect(socket, owner, owner.tokenId() == null ? "session expired" : "token expired"));
            socket.onDisconnect(reason -> vertx.cancelTimer(timer));
        }
        socket.onDisconnect(reason -> owners.remove(socket));
        next.proceed();
    }

    void tokenRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked revoked) {
        disconnect(owner -> Long.valueOf(revoked.tokenId()).equals(owner.tokenId()), "token revoked");
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        disconnect(owner -> owner.tokenId() == null && owner.username().equalsIgnoreCase(ended.username()), ended.reason());
    }

    void accountRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRemoved removed) {
        disconnect(owner -> owner.username().equalsIgnoreCase(removed.username()), "user removed");
    }

    /** How many sockets are connected, per user: what the admin's status page shows. */
    public int liveSockets() {
        return owners.size();
    }

    private void disconnect(Predicate<Owner> whose, String why) {
        owners.forEach((socket, owner) -> {
            if (whose.test(owner)) {
                disconnect(socket, owner, why);
            }
        });
    }

    private void disconnect(SocketIoSocket socket, Owner owner, String why) {
        if (owners.remove(socket) != null) {
            LOG.infof("Disconnecting a socket of %s: %s", LoggedText.of(owner.username()), why);
            socket.disconnect(true);
        }
    }
}
