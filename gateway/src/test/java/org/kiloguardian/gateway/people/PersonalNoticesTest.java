package org.kiloguardian.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.ui.live.Notice;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.shell.CurrentUser;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's notices follow the Socket.IO rooms: Grandma's dose reminder shows on her
 * caregiver's screens, not on every screen of the house; notices about nobody show to everyone.
 */
@QuarkusTest
class PersonalNoticesTest {

    @Inject
    HouseholdUsers users;

    @Inject
    PersonService people;

    @Inject
    HouseholdPeople household;

    @Test
    void aPersonsReminderShowsToThemAndTheirCaregiversOnly() {
        String anna = users.create("anna", Role.ADMIN);
        String mia = users.create("mia", Role.MEMBER);
        Editor admin = new Editor(users.idOf(anna), true);
        long grandma = people.create(admin, PersonRequest.named("Grandma " + System.nanoTime())
                .withCaregivers(List.of(users.idOf(anna)))).id();
        long lodger = people.create(admin, PersonRequest.named("Lodger " + System.nanoTime())).id();
        long miaPerson = household.own(user(mia)).orElseThrow().id();

        Notice grandmasDose = Notice.notification("Grandma: heart pills now", Instant.now()).about(grandma);
        Notice miasDose = Notice.notification("Mia: vitamins now", Instant.now()).about(miaPerson);
        Notice bill = Notice.notification("Electricity bill due", Instant.now());
        Notice lodgersDose = Notice.alert("warning", "Lodger missed a dose", Instant.now()).about(lodger);

        Predicate<Notice> annaSees = household.noticesFor(user(anna));
        Predicate<Notice> miaSees = household.noticesFor(user(mia));
        assertThat(List.of(grandmasDose, miasDose, bill, lodgersDose).stream().filter(annaSees))
                .containsExactly(grandmasDose, bill, lodgersDose);
        assertThat(List.of(grandmasDose, miasDose, bill, lodgersDose).stream().filter(miaSees))
                .containsExactly(miasDose, bill, lodgersDose);
    }

    private static CurrentUser user(String username) {
        return new CurrentUser(username, false, "127.0.0.1");
    }
}
