package org.kiloguardian.gateway.realtime.household;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.people.LoginPeople;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.people.person.ReminderAudience;
import org.kiloguardian.socketio.server.BroadcastOperator;
import org.kiloguardian.socketio.server.SocketIoServer;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One room of the default namespace per person ({@code person:<id>}): every socket joins the room
 * of its login's person when it connects. A person's reminders go to their room and to the rooms
 * of their caregivers' people; anything without a person to everyone.
 */
@ApplicationScoped
public class PersonRooms {

    private final SocketIoServer server;
    private final PersonService people;
    private final LoginPeople loginPeople;

    PersonRooms(SocketIoServer server, PersonService people, LoginPeople loginPeople) {
        this.server = server;
        this.people = people;
        this.loginPeople = loginPeople;
    }

    public static String room(long personId) {
        return "person:" + personId;
    }

    /** The person a socket of this login joins. Reads the database: call it off the event loop. */
    public Optional<Long> personOf(String username) {
        return loginPeople.personOf(username).map(PersonView::id);
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
