package org.kiloguardian.gateway.realtime.household;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.database.kept.KeptReads;
import org.kiloguardian.gateway.people.LoginPeople;
import org.kiloguardian.people.event.PersonChanged;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.people.person.ReminderAudience;
import org.kiloguardian.security.event.AccessChanged;
import org.kiloguardian.socketio.server.BroadcastOperator;
import org.kiloguardian.socketio.server.SocketIoServer;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One room of the default namespace per person ({@code person:<id>}): every socket joins the room
 * of its login's person when it connects. A person's reminders go to their room and to the rooms
 * of their caregivers' people; anything without a person to everyone.
 * <p>
 * Which person a login is, is kept between two changes of people or logins ({@link KeptReads}): every
 * tablet and script reconnects at once after a restart of the app or of the Wi-Fi, and each CONNECT
 * would otherwise take a worker thread for the lookup (1,000 sockets grew the pool by ~50 threads).
 */
@ApplicationScoped
public class PersonRooms {

    private final SocketIoServer server;
    private final PersonService people;
    private final LoginPeople loginPeople;
    /** By username: a household has a few logins, a script's token connects again and again. */
    private final KeptReads<String, LoginPerson> kept = new KeptReads<>(1_000, Duration.ofMinutes(1));

    /** The person whose room a login's sockets join; {@code personId} null for a login without one. */
    public record LoginPerson(Long personId) {
    }

    PersonRooms(SocketIoServer server, PersonService people, LoginPeople loginPeople) {
        this.server = server;
        this.people = people;
        this.loginPeople = loginPeople;
    }

    public static String room(long personId) {
        return "person:" + personId;
    }

    /** The person of this login as it was a moment ago and has not changed since; no database, fit for the event loop. */
    public Optional<LoginPerson> keptPersonOf(String username) {
        return kept.kept(username);
    }

    /**
     * The person a socket of this login joins: kept, or read on {@code executor} (the database: a worker
     * thread) in a transaction of its own, once for every socket of the login connecting meanwhile.
     */
    public CompletionStage<LoginPerson> personOf(String username, Executor executor) {
        return kept.lookUp(username, () -> new LoginPerson(
                QuarkusTransaction.requiringNew().call(() -> loginPeople.personOf(username).map(PersonView::id).orElse(null))), executor);
    }

    /** A person linked to or unlinked from a login, in its transaction; also a login's own person made or removed. */
    void peopleChanging(@Observes PersonChanged changed) {
        kept.changing();
    }

    void peopleChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        kept.changed();
    }

    /** A login renamed or removed: its username names someone else, or no one. */
    void loginsChanging(@Observes AccessChanged changed) {
        kept.changing();
    }

    void loginsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessChanged changed) {
        kept.changed();
    }

    /**
     * Who sees a reminder or alert about an item of {@code personId}: the person's own sockets and
     * their caregivers'; everyone for a shared item, or for a person nobody there could see it for
     * (no login of their own and no caregiver). Called after the item's transaction committed.
     */
    public BroadcastOperator audienceOf(Long personId) {
        if (personId == null) {
            return server.defaultNamespace().broadcast();
        }
        ReminderAudience audience = QuarkusTransaction.requiringNew().call(() -> people.remindersOf(personId));
        if (audience.household()) {
            return server.defaultNamespace().broadcast();
        }
        BroadcastOperator rooms = null;
        for (long person : audience.personIds()) {
            rooms = rooms == null ? server.defaultNamespace().to(room(person)) : rooms.to(room(person));
        }
        return rooms;
    }
}
