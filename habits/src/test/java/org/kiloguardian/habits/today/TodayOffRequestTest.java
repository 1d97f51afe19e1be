package org.kiloguardian.habits.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.PlainThread;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The checklist reads without a transaction of its own. The dashboard also refreshes it from push and
 * event threads, which have neither a transaction nor a CDI request context: it must read there too.
 */
@QuarkusTest
class TodayOffRequestTest {

    @Inject
    HabitService habits;
    @Inject
    TodayService today;
    @Inject
    HouseholdClock clock;

    @Test
    void theChecklistReadsOnAThreadWithoutARequestOrATransaction() throws Exception {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Stretch")));

        List<TodayEntry> entries = PlainThread.call(() -> today.today());
        assertThat(entries).extracting(TodayEntry::id).contains(habit.id());
    }
}
