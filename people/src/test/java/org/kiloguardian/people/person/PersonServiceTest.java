package org.kiloguardian.people.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.kiloguardian.people.event.PersonChanged;
import org.kiloguardian.people.support.TestBelongings;
import org.kiloguardian.people.support.TestLogins;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.testsupport.RecordedEvents;
import org.kiloguardian.rest.error.NotFound;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersonServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    PersonService people;
    @Inject
    TestLogins logins;
    @Inject
    TestBelongings belongings;
    @Inject
    RecordedEvents changes;
    @Inject
    ObjectMapper json;

    private static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private PersonView add(PersonRequest request) {
        return people.create(Editor.APPLICATION, request);
    }

    @Test
    void addsAPersonWithAPaletteColourAndAnnouncesIt() {
        String name = unique("Grandma");
        PersonView grandma = add(PersonRequest.named("  " + name + " "));

        assertThat(grandma.name()).isEqualTo(name);
        assertThat(grandma.color()).matches("#[0-9a-f]{6}").isIn(Palette.COLORS);
        assertThat(grandma.userId()).isNull();
        assertThat(grandma.active()).isTrue();
        assertThat(grandma.caregiverUserIds()).isEmpty();
        assertThat(people.get(grandma.id())).isEqualTo(grandma);
        assertThat(changes.of(PersonChanged.class, change -> change.personId() == grandma.id())).extracting(PersonChanged::kind).containsExactly(PersonChanged.Kind.CREATED);
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        String name = unique("Mia");
        add(PersonRequest.named(name));

        assertThatThrownBy(() -> add(PersonRequest.named(name.toUpperCase())))
                .isInstanceOf(Conflict.class).hasMessageStartingWith("name: ");
    }

    @Test
    void aLoginHasAtMostOnePerson() {
        long login = logins.create();
        add(PersonRequest.named(unique("Anna")).withUserId(login));

        assertThatThrownBy(() -> add(PersonRequest.named(unique("Anna again")).withUserId(login)))
                .isInstanceOf(Conflict.class).hasMessageStartingWith("userId: ");
    }

    @Test
    void anUnknownLoginOrCaregiverIsRefusedNamingTheField() {
        assertThatThrownBy(() -> add(PersonRequest.named(unique("Ben")).withUserId(987_654_321_000L)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(paths((ConstraintViolationException) e)).containsExactly("create.request.userId"));
        long known = logins.create();
        assertThatThrownBy(() -> add(PersonRequest.named(unique("Ben")).withCaregivers(List.of(known, 987_654_321_000L))))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(paths((ConstraintViolationException) e).iterator().next())
                        .startsWith("create.request.caregiverUserIds[1]"));
        assertThatThrownBy(() -> add(PersonRequest.named(unique("Ben")).withColor("red")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void membersChangeOnlyTheirOwnPersonAndNeverItsLoginOrState() throws Exception {
        long memberLogin = logins.create();
        long caregiverLogin = logins.create();
        PersonView own = add(PersonRequest.named(unique("Ben")).withUserId(memberLogin));
        PersonView other = add(PersonRequest.named(unique("Grandma")));
        Editor member = new Editor(memberLogin, false);

        PersonView renamed = people.patch(member, own.id(), json.readTree(
                "{\"name\":\"" + unique("Benjamin") + "\",\"color\":\"#00897B\",\"caregiverUserIds\":[" + caregiverLogin + "]}"));
        assertThat(renamed.color()).isEqualTo("#00897b");
        assertThat(renamed.caregiverUserIds()).containsExactly(caregiverLogin);
        assertThat(renamed.userId()).isEqualTo(memberLogin);

        assertThatThrownBy(() -> people.patch(member, other.id(), json.readTree("{\"caregiverUserIds\":[" + memberLogin + "]}")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> people.patch(member, own.id(), json.readTree("{\"userId\":" + caregiverLogin + "}")))
                .isInstanceOf(Forbidden.class).hasMessageStartingWith("userId: ");
        assertThatThrownBy(() -> people.patch(member, own.id(), json.readTree("{\"active\":false}")))
                .isInstanceOf(Forbidden.class).hasMessageStartingWith("active: ");
        assertThatThrownBy(() -> people.create(member, PersonRequest.named(unique("Baby")))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> people.delete(member, other.id())).isInstanceOf(Forbidden.class);
        assertThat(people.get(other.id()).caregiverUserIds()).isEmpty();
        assertThat(people.get(own.id()).active()).isTrue();
    }

    @Test
    void aPatchMergesNullClearsAndTheResultIsValidated() throws Exception {
        long login = logins.create();
        long caregiver = logins.create();
        PersonView anna = add(PersonRequest.named(unique("Anna")).withUserId(login).withCaregivers(List.of(caregiver)));

        PersonView cleared = people.patch(Editor.APPLICATION, anna.id(), json.readTree("{\"userId\":null,\"caregiverUserIds\":null}"));
        assertThat(cleared.name()).isEqualTo(anna.name());
        assertThat(cleared.color()).isEqualTo(anna.color());
        assertThat(cleared.userId()).isNull();
        assertThat(cleared.caregiverUserIds()).isEmpty();

        assertThatThrownBy(() -> people.patch(Editor.APPLICATION, anna.id(), json.readTree("{\"name\":\" \"}")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> people.patch(Editor.APPLICATION, anna.id(), json.readTree("{\"userId\":\"nobody\"}")))
                .hasMessageStartingWith("userId: ");
        assertThat(people.get(anna.id()).name()).isEqualTo(anna.name());
    }

    @Test
    void someoneWithHistoryOrALoginIsDeactivatedNotDeleted() throws Exception {
        PersonView grandpa = add(PersonRequest.named(unique("Grandpa")));
        belongings.give(grandpa.id(), 2);
        assertThatThrownBy(() -> people.delete(Editor.APPLICATION, grandpa.id()))
                .isInstanceOf(Conflict.class).hasMessageContaining("2 habits").hasMessageContaining("deactivate");

        PersonView deactivated = people.patch(Editor.APPLICATION, grandpa.id(), json.readTree("{\"active\":false}"));
        assertThat(deactivated.active()).isFalse();
        assertThat(people.list(true)).extracting(PersonView::id).doesNotContain(grandpa.id());
        assertThat(people.list(false)).extracting(PersonView::id).contains(grandpa.id());

        PersonView withLogin = add(PersonRequest.named(unique("Anna")).withUserId(logins.create()));
        assertThatThrownBy(() -> people.delete(Editor.APPLICATION, withLogin.id()))
                .isInstanceOf(Conflict.class).hasMessageContaining("login");

        PersonView typo = add(PersonRequest.named(unique("Grnadma")));
        people.delete(Editor.APPLICATION, typo.id());
        assertThatThrownBy(() -> people.get(typo.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void everyLoginGetsOnePersonNamedAfterIt() {
        long login = logins.create();
        String name = unique("Ben");
        PersonView ben = people.ensureForLogin(login, name);
        assertThat(ben.name()).isEqualTo(name);
        assertThat(ben.userId()).isEqualTo(login);
        assertThat(people.ensureForLogin(login, "Someone else")).isEqualTo(ben);
        assertThat(people.forLogin(login)).contains(ben);

        // an admin added the person before the login existed: the login takes that person over
        String grandma = unique("Grandma");
        PersonView added = add(PersonRequest.named(grandma));
        long grandmasLogin = logins.create();
        PersonView linked = people.ensureForLogin(grandmasLogin, grandma.toUpperCase());
        assertThat(linked.id()).isEqualTo(added.id());
        assertThat(linked.userId()).isEqualTo(grandmasLogin);

        // the name is someone else's with a login: the new person gets a number
        PersonView namesake = people.ensureForLogin(logins.create(), name);
        assertThat(namesake.id()).isNotEqualTo(ben.id());
        assertThat(namesake.name()).isEqualTo(name + " 2");
    }

    @Test
    void aRemovedLoginLeavesItsPersonAndItsCare() {
        long login = logins.create();
        PersonView ben = people.ensureForLogin(login, unique("Ben"));
        PersonView mia = add(PersonRequest.named(unique("Mia")).withCaregivers(List.of(login)));

        people.loginRemoved(login);

        assertThat(people.get(ben.id()).userId()).isNull();
        assertThat(people.get(mia.id()).caregiverUserIds()).isEmpty();
        assertThat(people.forLogin(login)).isEmpty();
    }

    @Test
    void remindersGoToThePersonAndTheirCaregiversPeopleOrElseToEveryone() {
        long grandmasLogin = logins.create();
        long bensLogin = logins.create();
        PersonView grandma = people.ensureForLogin(grandmasLogin, unique("Grandma"));
        PersonView ben = people.ensureForLogin(bensLogin, unique("Ben"));
        PersonView mia = add(PersonRequest.named(unique("Mia")).withCaregivers(List.of(bensLogin)));
        PersonView alone = add(PersonRequest.named(unique("Lodger")));
        PersonView withGrandma = people.patch(Editor.APPLICATION, grandma.id(),
                json.valueToTree(java.util.Map.of("caregiverUserIds", List.of(bensLogin))));

        assertThat(people.remindersOf(withGrandma.id())).isEqualTo(new ReminderAudience(Set.of(grandma.id(), ben.id()), false));
        assertThat(people.remindersOf(mia.id())).isEqualTo(new ReminderAudience(Set.of(mia.id(), ben.id()), false));
        assertThat(people.remindersOf(alone.id())).isEqualTo(ReminderAudience.HOUSEHOLD);
        assertThat(people.remindersOf(ben.id())).isEqualTo(new ReminderAudience(Set.of(ben.id()), false));
    }

    private static List<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath).map(Object::toString).toList();
    }
}
