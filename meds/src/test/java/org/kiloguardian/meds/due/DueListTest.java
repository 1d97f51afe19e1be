package org.kiloguardian.meds.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.SkipRequest;
import org.kiloguardian.meds.dose.SnoozeRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.test.junit.QuarkusTest;

/** The due list is cut at the household's midnight (Europe/Berlin here), also on DST days. */
@QuarkusTest
class DueListTest {

    @Inject
    MedsFixture fixture;
    @Inject
    DueService due;
    @Inject
    DoseService doses;
    @Inject
    HouseholdClock clock;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 1, 12, 0));
    }

    @Test
    void afterTheHouseholdsMidnightOnlyTheNewDayCounts() {
        fixture.create(MedsFixture.daily("Night", BigDecimal.ONE, BigDecimal.TEN, "00:15", "23:30"));

        // 00:20 in Berlin is still 23:20 of the 29th in UTC: a UTC cut would show the 29th's doses
        clock.set(LocalDateTime.of(2026, 11, 30, 0, 20));
        List<DueDose> justAfterMidnight = due.dueNow();
        assertThat(times(justAfterMidnight)).isEqualTo(List.of(OffsetDateTime.parse("2026-11-30T00:15+01:00")));
        assertThat(justAfterMidnight.get(0).time()).isEqualTo("00:15");

        clock.set(LocalDateTime.of(2026, 11, 30, 23, 45));
        List<DueDose> lateEvening = due.dueNow();
        assertThat(times(lateEvening))
                .isEqualTo(List.of(OffsetDateTime.parse("2026-11-30T00:15+01:00"), OffsetDateTime.parse("2026-11-30T23:30+01:00")));
        assertThat(lateEvening.get(0).status()).isEqualTo("missed");
        assertThat(lateEvening.get(0).overdue()).isTrue();
        assertThat(lateEvening.get(1).status()).isEqualTo("due");
        assertThat(lateEvening.get(1).overdue()).isFalse();
    }

    @Test
    void onTheSpringDayTheDueTimesCarryTheRightOffsets() {
        clock.set(LocalDateTime.of(2026, 3, 28, 12, 0));
        fixture.create(MedsFixture.daily("Spring", BigDecimal.ONE, BigDecimal.TEN, "01:30", "08:00", "21:00"));

        clock.set(LocalDateTime.of(2026, 3, 29, 8, 10));

        assertThat(times(due.dueNow()))
                .isEqualTo(List.of(OffsetDateTime.parse("2026-03-29T01:30+01:00"), OffsetDateTime.parse("2026-03-29T08:00+02:00")));
    }

    @Test
    void onTheLongAutumnDayAnEveryHoursScheduleHasItsExtraHour() {
        clock.set(LocalDateTime.of(2026, 10, 24, 12, 0));
        fixture.create(MedsFixture.everyHours("Antibiotic", 8, java.time.LocalDate.of(2026, 10, 24), "06:00"));

        // 06:00, 14:00, 22:00 summer time on the 24th; then 06:00 CEST + 24 h = 05:00 winter time on the 25th
        clock.set(LocalDateTime.of(2026, 10, 25, 5, 30));

        assertThat(times(due.dueNow())).isEqualTo(List.of(OffsetDateTime.parse("2026-10-25T05:00+01:00")));
    }

    @Test
    void takenSkippedAndSnoozedDosesLeaveTheListUntilTheSnoozeRunsOut() {
        MedicationView morning = fixture.create(MedsFixture.daily("Morning", BigDecimal.ONE, BigDecimal.TEN, "08:00"));
        MedicationView twice = fixture.create(MedsFixture.daily("Twice", BigDecimal.ONE, BigDecimal.TEN, "07:00", "09:00"));
        MedicationView weekly = fixture.create(MedsFixture.onWeekdays("Weekly", java.util.Set.of(java.time.DayOfWeek.MONDAY), "08:00"));
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 5)); // a Monday

        assertThat(due.dueNow()).hasSize(4);
        doses.take(morning.id(), TakeRequest.NOW);
        doses.skip(twice.id(), new SkipRequest(OffsetDateTime.parse("2026-11-02T07:00+01:00"), null));
        doses.snooze(twice.id(), new SnoozeRequest(15, null)); // the 09:00 dose, nearest to now

        List<DueDose> left = due.dueNow();
        assertThat(left.stream().map(DueDose::medicationId).toList()).isEqualTo(List.of(weekly.id()));

        clock.set(LocalDateTime.of(2026, 11, 2, 9, 21));
        List<DueDose> afterSnooze = due.dueNow();
        assertThat(afterSnooze).hasSize(2);
        DueDose snoozed = afterSnooze.stream().filter(dose -> dose.medicationId() == twice.id()).findFirst().orElseThrow();
        assertThat(snoozed.scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:00+01:00"));
        assertThat(snoozed.snoozedUntil()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:20+01:00"));
        assertThat(snoozed.status()).isEqualTo("due");
        assertThat(snoozed.overdue()).isFalse();
    }

    private static List<OffsetDateTime> times(List<DueDose> list) {
        return list.stream().map(DueDose::scheduledAt).toList();
    }
}
