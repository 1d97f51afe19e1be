package org.kiloguardian.gateway.realtime.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.realtime.household.PersonRooms.LoginPerson;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.user.UserService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A login's person is kept for the sockets that reconnect, and forgotten by every change that could
 * make it someone else's room: a socket of the wrong person would get that person's reminders.
 */
@QuarkusTest
class PersonRoomsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRooms rooms;
    @Inject
    HouseholdUsers users;
    @Inject
    PersonService people;
    @Inject
    UserService accounts;

    @Test
    void aLoginLinkedToAnotherPersonJoinsThatPersonsRoomAtItsNextConnect() throws Exception {
        String login = users.create("relinked", Role.MEMBER);
        long userId = users.idOf(login);
        long first = personOf(login).personId();
        assertThat(rooms.keptPersonOf(login)).as("kept after a lookup").contains(new LoginPerson(first));

        people.patch(Editor.APPLICATION, first, JSON.readTree("{\"userId\": null}"));
        assertThat(rooms.keptPersonOf(login)).as("kept after the person was unlinked").isEmpty();
        assertThat(personOf(login)).isEqualTo(new LoginPerson(null));

        long second = people.create(Editor.APPLICATION, new PersonRequest("Relinked " + userId, null, userId, true, List.of())).id();
        assertThat(rooms.keptPersonOf(login)).as("kept after another person was linked").isEmpty();
        assertThat(personOf(login)).isEqualTo(new LoginPerson(second));
    }

    @Test
    void aRemovedLoginIsNobodyAnyMore() {
        String login = users.create("removed", Role.MEMBER);
        assertThat(personOf(login).personId()).isNotNull();

        accounts.delete(users.idOf(login), Actor.system());
        assertThat(rooms.keptPersonOf(login)).as("kept after the login was removed").isEmpty();
        assertThat(personOf(login)).isEqualTo(new LoginPerson(null));
    }

    /** The lookup a CONNECT makes, here on the test's own thread. */
    private LoginPerson personOf(String login) {
        return rooms.personOf(login, Runnable::run).toCompletableFuture().join();
    }
}
