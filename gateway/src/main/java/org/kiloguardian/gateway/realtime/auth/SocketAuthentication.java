package org.kiloguardian.gateway.realtime.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.gateway.realtime.server.Handshake;
import org.kiloguardian.gateway.realtime.server.Middleware;
import org.kiloguardian.gateway.realtime.server.SocketIoServer;
import org.kiloguardian.gateway.realtime.server.SocketIoSocket;
import org.kiloguardian.security.account.AccountRemoved;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.token.TokenRevoked;
import org.kiloguardian.security.token.TokenService;
import org.kiloguardian.security.web.UserLoggedOut;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;

/**
 * Who may join the household's real-time channel: a CONNECT carries either the browser's session
 * (the cookie the HTTP layer authenticated when the connection opened) or {@code auth: {token}}.
 * Anyone else gets CONNECT_ERROR {@code {"message":"unauthorized"}}. A revoked token, a logout or a
 * deleted user disconnects the live sockets that relied on it.
 */
@Startup
@ApplicationScoped
public class SocketAuthentication {

    static final String UNAUTHORIZED = "unauthorized";
    /** Key of the socket's owner in its data, which connection state recovery restores. */
    static final String OWNER = "kilo.owner";
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
            // the token store is a database: look it up off the event loop, answer back on it
            vertx.<java.util.Optional<TokenService.TokenOwner>>executeBlocking(() -> tokens.authenticate(token)).onComplete(result -> {
                if (result.succeeded() && result.result().isPresent()) {
                    admit(socket, new Owner(result.result().get().username(), result.result().get().tokenId()), next);
                } else {
                    next.reject(UNAUTHORIZED, null);
                }
            });
            return;
        }
        SecurityIdentity identity = handshake.identity();
        if (identity != null && !identity.isAnonymous()) {
            admit(socket, new Owner(identity.getPrincipal().getName(), HouseholdIdentity.tokenId(identity).orElse(null)), next);
            return;
        }
        next.reject(UNAUTHORIZED, null);
    }

    private void admit(SocketIoSocket socket, Owner owner, Middleware.Next next) {
        // A recovered session goes back to the one who owned it: a pid alone is no credential.
        if (socket.recovered() && !owner.equals(socket.data().get(OWNER))) {
            next.reject(UNAUTHORIZED, null);
            return;
        }
        socket.data().put(OWNER, owner);
        owners.put(socket, owner);
        socket.onDisconnect(reason -> owners.remove(socket));
        next.proceed();
    }

    void tokenRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked revoked) {
        disconnect(owner -> Long.valueOf(revoked.tokenId()).equals(owner.tokenId()), "token revoked");
    }

    void loggedOut(@Observes UserLoggedOut loggedOut) {
        disconnect(owner -> owner.tokenId() == null && owner.username().equalsIgnoreCase(loggedOut.username()), "logged out");
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
                LOG.infof("Disconnecting a socket of %s: %s", owner.username(), why);
                owners.remove(socket);
                socket.disconnect(true);
            }
        });
    }
}
