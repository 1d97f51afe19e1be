package org.kiloguardian.habits.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.stats.HabitStats;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.habits.support.TestPeople;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.habits.today.TodayEntry;
import org.kiloguardian.habits.today.TodayService;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Habits of one person, of the household, and lists and summaries per person. */
@QuarkusTest
class OwnedHabitsTest {

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    TodayService today;
    @Inject
    HabitStatsService stats;
    @Inject
    TestPeople people;
    @Inject
    RecordedEvents events;
    @Inject
    HouseholdClock clock;
    @Inject
    ObjectMapper json;

    private long mia;
    private long ben;

    @BeforeEach
    void household() {
        clock.at("Europe/Berlin", "2026-06-15T12:00");
        mia = people.add("Mia");
        ben = people.add("Ben");
    }

    @AfterEach
    void nobodyCalls() {
        people.callerIs(null);
    }

    @Test
    void aHabitBelongsToAPersonOrToEveryone() throws Exception {
        HabitView vitamins = habits.create(HabitRequest.named(UniqueNames.of("Vitamins")).withPersonId(mia));
        HabitView plants = habits.create(HabitRequest.named(UniqueNames.of("Water the plants")));
        assertThat(vitamins.personId()).isEqualTo(mia);
        assertThat(plants.personId()).isNull();

        HabitView patched = habits.patch(vitamins.id(), json.readTree("{\"targetCount\": 2}"));
        assertThat(patched.personId()).as("a patch without personId keeps the owner").isEqualTo(mia);
        assertThat(habits.patch(vitamins.id(), json.readTree("{\"personId\": " + ben + "}")).personId()).isEqualTo(ben);
        assertThat(habits.patch(vitamins.id(), json.readTree("{\"personId\": null}")).personId()).as("null: shared").isNull();
    }

    @Test
    void anUnknownPersonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> habits.create(HabitRequest.named(UniqueNames.of("Read")).withPersonId(99_999_999L)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(ConstraintViolation::getPropertyPath).map(Object::toString)
                        .containsExactly("create.body.personId"));
        HabitView read = habits.create(HabitRequest.named(UniqueNames.of("Read")));
        assertThatThrownBy(() -> habits.patch(read.id(), json.readTree("{\"personId\": 99999999}")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(habits.get(read.id()).personId()).isNull();
    }

    @Test
    void namesAreUniquePerOwner() {
        String name = UniqueNames.of("Brush teeth");
        habits.create(HabitRequest.named(name).withPersonId(mia));
        HabitView bens = habits.create(HabitRequest.named(name).withPersonId(ben));
        HabitView shared = habits.create(HabitRequest.named(name));
        assertThat(bens.name()).isEqualTo(shared.name());

        assertThatThrownBy(() -> habits.create(HabitRequest.named(name.toUpperCase()).withPersonId(mia)))
                .isInstanceOf(Conflict.class).hasMessageStartingWith("name: Mia's active habit");
        assertThatThrownBy(() -> habits.create(HabitRequest.named(name)))
                .isInstanceOf(Conflict.class).hasMessageStartingWith("name: a shared active habit");
    }

    @Test
    void listsTodayAndStatsArePerPersonWhenAsked() {
        HabitView miasHabit = habits.create(HabitRequest.named(UniqueNames.of("Piano")).withPersonId(mia));
        HabitView bensHabit = habits.create(HabitRequest.named(UniqueNames.of("Run")).withPersonId(ben));
        HabitView sharedHabit = habits.create(HabitRequest.named(UniqueNames.of("Tidy up")));
        completions.complete(miasHabit.id(), CompletionRequest.TODAY_ONCE);

        assertThat(ids(habits.list(true, PersonFilter.of(mia)))).contains(miasHabit.id()).doesNotContain(bensHabit.id(), sharedHabit.id());
        assertThat(ids(habits.list(true, PersonFilter.shared()))).contains(sharedHabit.id()).doesNotContain(miasHabit.id(), bensHabit.id());
        assertThat(ids(habits.list(true, PersonFilter.everyone()))).contains(miasHabit.id(), bensHabit.id(), sharedHabit.id());
        assertThat(habits.list(true, PersonFilter.of(mia))).allSatisfy(habit -> assertThat(habit.personId()).isEqualTo(mia));

        List<TodayEntry> miasDay = today.today(PersonFilter.of(mia));
        assertThat(miasDay).extracting(TodayEntry::id).contains(miasHabit.id()).doesNotContain(bensHabit.id(), sharedHabit.id());
        assertThat(miasDay).filteredOn(entry -> entry.id() == miasHabit.id()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.personId()).isEqualTo(mia);
                    assertThat(entry.done()).isTrue();
                });

        people.callerIs(ben);
        assertThat(today.today(PersonFilter.me())).extracting(TodayEntry::id).contains(bensHabit.id()).doesNotContain(miasHabit.id());
        people.callerIs(null);
        assertThat(today.today(PersonFilter.me())).as("a caller without a person owns nothing").isEmpty();

        List<HabitStats> miasStats = stats.stats(PersonFilter.of(mia));
        assertThat(miasStats).extracting(HabitStats::habitId).contains(miasHabit.id()).doesNotContain(bensHabit.id());
        assertThat(miasStats).filteredOn(s -> s.habitId() == miasHabit.id()).singleElement()
                .satisfies(s -> assertThat(s.currentStreak()).isEqualTo(1));

        assertThatThrownBy(() -> habits.list(null, PersonFilter.of(99_999_999L)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("person: ");
    }

    @Test
    void eventsNameTheOwner() {
        HabitView piano = habits.create(HabitRequest.named(UniqueNames.of("Piano")).withPersonId(mia));
        completions.complete(piano.id(), CompletionRequest.TODAY_ONCE);
        HabitView shared = habits.create(HabitRequest.named(UniqueNames.of("Recycling")));

        assertThat(events.of(HabitEvent.class, e -> e.habitId() == piano.id())).hasSize(2).allSatisfy(event -> {
            assertThat(event.personId()).isEqualTo(mia);
            assertThat(event.personName()).isEqualTo("Mia");
        });
        assertThat(events.of(HabitEvent.class, e -> e.habitId() == shared.id())).singleElement().extracting(HabitEvent::personId, HabitEvent::personName)
                .containsExactly(null, null);
    }

    private static List<Long> ids(List<HabitView> list) {
        return list.stream().map(HabitView::id).toList();
    }
}
