package org.kiloguardian.gateway.realtime.auth;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;
import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.gateway.realtime.household.PersonRooms;
import org.kiloguardian.security.user.UserRemoved;
import org.kiloguardian.security.audit.LoggedText;
import org.kiloguardian.security.event.SessionsEnded;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.token.CheckedTokens;
import org.kiloguardian.security.token.TokenRevoked;
import org.kiloguardian.security.token.TokenService;
import org.kiloguardian.socketio.config.SocketIoConfig;
import org.kiloguardian.socketio.server.Handshake;
import org.kiloguardian.socketio.server.Middleware;
import org.kiloguardian.socketio.server.SocketIoServer;
import org.kiloguardian.socketio.server.SocketIoSocket;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Who may join the household's real-time channel: a CONNECT carries either the browser's session
 * (the cookie the HTTP layer authenticated when the connection opened) or {@code auth: {token}}.
 * Anyone else gets CONNECT_ERROR {@code {"message":"unauthorized"}}. A socket lives no longer than
 * what admitted it: a revoked or expired token, ended sessions (logout, password or role change), a
 * session past its maximum age or a deleted user disconnect the live sockets that relied on it.
 * An admitted socket joins the room of its login's person ({@link PersonRooms}), so reminders
 * meant for that person (or for someone they look after) reach it.
 */
@Startup
@ApplicationScoped
public class SocketAuthentication {

    static final String UNAUTHORIZED = "unauthorized";
    /** The token could not be checked: not refused, the client may try again after {@code data.retryAfter} seconds. */
    static final String DATABASE_UNAVAILABLE = "database unavailable";
    /** Key of the socket's owner in its data, which connection state recovery restores. */
    static final String OWNER = "kilo.owner";
    private static final Logger LOG = Logger.getLogger(SocketAuthentication.class);
    /** Endings a CONNECT is compared with: far more than happen while a connection waits to send it. */
    private static final int ENDINGS_REMEMBERED = 1_000;

    /** Who a live socket belongs to; tokenId is null for a browser session, personId null for a login without a person. */
    record Owner(String username, Long tokenId, Long personId) {

        Owner(String username, Long tokenId) {
            this(username, tokenId, null);
        }

        /** The same login and credential kind, whatever person it was found to be. */
        boolean sameLogin(Owner other) {
            return username.equalsIgnoreCase(other.username()) && java.util.Objects.equals(tokenId, other.tokenId());
        }
    }

    private final Map<SocketIoSocket, Owner> owners = new ConcurrentHashMap<>();
    /**
     * What ended lately (revocations, ended sessions, removed users), oldest first. A CONNECT's check
     * may read a token just before its revocation commits and answer just after the revocation looked
     * for the sockets to end, and a session's connection may open before a logout and send its
     * CONNECT after it: the CONNECT looks here once its owner is registered.
     */
    private final Deque<Ending> endings = new ArrayDeque<>();
    private final CheckedTokens tokens;
    private final Vertx vertx;
    /**
     * Where a CONNECT's database lookups run: worker threads, unordered (one slow lookup does not hold
     * up the others). The sockets of one token or one login share a lookup ({@code KeptReads}): when
     * every tablet and script reconnects at once, 1,000 sockets would otherwise take a worker thread
     * each, and the pool's ~50 new threads kept their memory.
     */
    private final Executor workers;
    private final PersonRooms rooms;

    SocketAuthentication(SocketIoServer server, RealtimeConfig config, SocketIoConfig protocol, CheckedTokens tokens, Vertx vertx,
            PersonRooms rooms) {
        this.tokens = tokens;
        this.vertx = vertx;
        this.workers = lookup -> vertx.executeBlocking(() -> {
            lookup.run();
            return null;
        }, false);
        this.rooms = rooms;
        if (config.auth().required() && !protocol.conformance().enabled()) {
            server.defaultNamespace().use(this::authenticate);
            server.defaultNamespace().onConnection(this::joinOwnRoom);
        }
    }

    /** One thing that ended: when, which owners it ends, and why. */
    private record Ending(Instant at, Predicate<Owner> whose, String why) {
    }

    private void authenticate(SocketIoSocket socket, Middleware.Next next) {
        Instant checkedAt = Instant.now();
        Handshake handshake = socket.handshake();
        String token = handshake.auth() != null && handshake.auth().hasNonNull("token") ? handshake.auth().get("token").asText() : null;
        if (token != null) {
            Optional<TokenService.TokenOwner> known = tokens.recent(token);
            if (known.isPresent()) { // checked a moment ago, by this socket's script or by its REST calls
                admit(socket, new Owner(known.get().username(), known.get().tokenId()), known.get().expiresAt(), checkedAt, next);
                return;
            }
            // the token store is a database: look it up off the event loop, answer back on it
            answeredHere(tokens.check(token, workers)).onComplete(result -> {
                if (result.succeeded() && result.result().isPresent()) {
                    TokenService.TokenOwner owner = result.result().get();
                    admit(socket, new Owner(owner.username(), owner.tokenId()), owner.expiresAt(), checkedAt, next);
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
            // checked when the connection opened, which may be long before this CONNECT
            admit(socket, new Owner(identity.getPrincipal().getName(), HouseholdIdentity.tokenId(identity).orElse(null)),
                    HouseholdIdentity.expiresAt(identity).orElse(null), HouseholdIdentity.checkedAt(identity).orElse(checkedAt), next);
            return;
        }
        next.reject(UNAUTHORIZED, null);
    }

    /**
     * Registers the owner first, so an ending session or a revoked token meanwhile is noticed, then
     * looks up the login's person (unless kept: the database, so off the event loop) and lets the socket in.
     */
    private void admit(SocketIoSocket socket, Owner login, Instant expiresAt, Instant checkedAt, Middleware.Next next) {
        // A recovered session goes back to the one who owned it: a pid alone is no credential.
        if (socket.recovered() && !(socket.data().get(OWNER) instanceof Owner before && before.sameLogin(login))) {
            next.reject(UNAUTHORIZED, null);
            return;
        }
        Optional<PersonRooms.LoginPerson> known = rooms.keptPersonOf(login.username());
        if (known.isPresent()) { // looked up a moment ago: no worker thread, no database
            Owner owner = new Owner(login.username(), login.tokenId(), known.get().personId());
            if (registered(socket, owner, checkedAt)) {
                letIn(socket, owner, expiresAt, next);
            } else {
                next.reject(UNAUTHORIZED, null);
            }
            return;
        }
        if (!registered(socket, login, checkedAt)) {
            next.reject(UNAUTHORIZED, null);
            return;
        }
        answeredHere(rooms.personOf(login.username(), workers)).onComplete(person -> {
            if (person.failed() && DatabaseUnavailable.isCauseOf(person.cause())) {
                // a token checked a moment ago needs no database, its person room does: without it the
                // socket would miss that person's reminders until it reconnects, so it tries again later
                owners.remove(socket, login);
                LOG.warnf("A socket's person could not be looked up, the database is unavailable: %s", person.cause().toString());
                next.reject(DATABASE_UNAVAILABLE, Map.of("retryAfter", DatabaseUnavailable.RETRY_AFTER_SECONDS));
                return;
            }
            if (person.failed()) {
                LOG.warnf(person.cause(), "No person room for a socket of %s", LoggedText.of(login.username()));
            }
            Owner owner = new Owner(login.username(), login.tokenId(), person.succeeded() ? person.result().personId() : null);
            if (owners.replace(socket, login, owner)) {
                letIn(socket, owner, expiresAt, next);
            } else {
                next.reject(UNAUTHORIZED, null); // what admitted it ended during the lookup
            }
        });
    }

    /**
     * Registers the socket's owner, unless something that ends it ended since its credential was
     * checked: from here on, an ending finds the socket among the owners.
     */
    private boolean registered(SocketIoSocket socket, Owner owner, Instant checkedAt) {
        owners.put(socket, owner);
        Optional<String> ended = endedSince(checkedAt, owner);
        if (ended.isPresent()) {
            owners.remove(socket, owner);
            LOG.infof("Refusing a socket of %s: %s since its credential was checked", LoggedText.of(owner.username()), ended.get());
        }
        return ended.isEmpty();
    }

    /** At the same instant counts as after: refusing is the safe side. */
    private synchronized Optional<String> endedSince(Instant checkedAt, Owner owner) {
        if (endings.size() >= ENDINGS_REMEMBERED && endings.getFirst().at().isAfter(checkedAt)) {
            return Optional.of("more ended than is remembered"); // an old connection's CONNECT after a busy day
        }
        for (Iterator<Ending> newestFirst = endings.descendingIterator(); newestFirst.hasNext();) {
            Ending ending = newestFirst.next();
            if (ending.at().isBefore(checkedAt)) {
                break;
            }
            if (ending.whose().test(owner)) {
                return Optional.of(ending.why());
            }
        }
        return Optional.empty();
    }

    private synchronized void remember(Predicate<Owner> whose, String why) {
        endings.addLast(new Ending(Instant.now(), whose, why));
        if (endings.size() > ENDINGS_REMEMBERED) {
            endings.removeFirst();
        }
    }

    /** A lookup's answer on the caller's context (the socket's event loop), as its own executeBlocking would give it. */
    private <T> Future<T> answeredHere(CompletionStage<T> lookup) {
        Context caller = vertx.getOrCreateContext();
        Promise<T> answer = Promise.promise();
        lookup.whenComplete((value, failure) -> caller.runOnContext(nothing -> {
            if (failure == null) {
                answer.complete(value);
            } else {
                answer.fail(failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure);
            }
        }));
        return answer.future();
    }

    private void letIn(SocketIoSocket socket, Owner owner, Instant expiresAt, Middleware.Next next) {
        socket.data().put(OWNER, owner);
        if (expiresAt != null) {
            long timer = vertx.setTimer(Math.max(1, expiresAt.toEpochMilli() - System.currentTimeMillis()),
                    fired -> disconnect(socket, owner, owner.tokenId() == null ? "session expired" : "token expired"));
            socket.onDisconnect(reason -> vertx.cancelTimer(timer));
        }
        socket.onDisconnect(reason -> owners.remove(socket));
        next.proceed();
    }

    /** After the CONNECT is answered: before it, a room emit would reach a socket the client does not know yet. */
    private void joinOwnRoom(SocketIoSocket socket) {
        Owner owner = owners.get(socket);
        if (owner != null && owner.personId() != null) {
            socket.join(PersonRooms.room(owner.personId()));
        }
    }

    void tokenRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked revoked) {
        disconnect(owner -> Long.valueOf(revoked.tokenId()).equals(owner.tokenId()), "token revoked");
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        disconnect(owner -> owner.tokenId() == null && owner.username().equalsIgnoreCase(ended.username()), ended.reason());
    }

    void accountRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserRemoved removed) {
        disconnect(owner -> owner.username().equalsIgnoreCase(removed.username()), "user removed");
    }

    /** How many sockets are connected, per user: what the admin's status page shows. */
    public int liveSockets() {
        return owners.size();
    }

    private void disconnect(Predicate<Owner> whose, String why) {
        remember(whose, why); // before looking: a socket registered after this finds it
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
