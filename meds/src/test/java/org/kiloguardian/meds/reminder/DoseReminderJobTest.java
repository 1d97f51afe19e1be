package org.kiloguardian.meds.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.DoseView;
import org.kiloguardian.meds.dose.SnoozeRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

/** The reminder job, driven tick by tick with a fixed clock (kilo.meds.missed-after keeps its 2 h default). */
@QuarkusTest
class DoseReminderJobTest {

    @Inject
    MedsFixture fixture;
    @Inject
    DoseReminderJob job;
    @Inject
    DoseService doses;
    @Inject
    HouseholdClock clock;
    @Inject
    RecordedEvents events;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 7, 0));
    }

    @Test
    void remindsOnceAtTheDoseTimeAndNotBefore() {
        MedicationView med = fixture.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00", "20:00"));

        clock.set(LocalDateTime.of(2026, 11, 29, 7, 59));
        job.tick();
        assertThat(events.of(MedicationDue.class)).isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 0, 30));
        job.tick();
        job.tick();

        List<MedicationDue> reminders = events.of(MedicationDue.class);
        assertThat(reminders).hasSize(1);
        MedicationDue reminder = reminders.get(0);
        assertThat(reminder.medId()).isEqualTo(med.id());
        assertThat(reminder.scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T08:00+01:00"));
        assertThat(reminder.content()).contains("Ramipril");
        assertThat(MedicationDue.NOTIFICATION_TYPE).isEqualTo("med_due");
    }

    @Test
    void aSnoozedDoseIsRemindedAgainWhenTheSnoozeRunsOut() {
        MedicationView med = fixture.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00"));
        clock.set(LocalDateTime.of(2026, 11, 29, 8, 0, 30));
        job.tick();
        DoseView snoozed = doses.snooze(med.id(), new SnoozeRequest(30, null));
        assertThat(snoozed.status()).isEqualTo("snoozed");

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 20));
        job.tick();
        assertThat(events.of(MedicationDue.class)).hasSize(1);

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 31));
        job.tick();
        job.tick();

        List<MedicationDue> reminders = events.of(MedicationDue.class);
        assertThat(reminders).as(reminders::toString).hasSize(2);
        assertThat(reminders.get(1).snoozed()).isTrue();
        assertThat(reminders.get(1).scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T08:00+01:00"));
    }

    @Test
    void aDoseStillOpenAfterTheGracePeriodIsMarkedMissedOnce() {
        MedicationView med = fixture.create(MedsFixture.daily("Metformin", BigDecimal.ONE, BigDecimal.TEN, "08:00", "09:30"));
        clock.set(LocalDateTime.of(2026, 11, 29, 9, 45));
        doses.take(med.id(), TakeRequest.NOW); // the 09:30 dose

        clock.set(LocalDateTime.of(2026, 11, 29, 9, 59));
        job.tick();
        assertThat(events.of(DoseMissed.class)).as("08:00 is not yet two hours ago").isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 29, 10, 1));
        job.tick();
        job.tick();

        List<DoseMissed> missed = events.of(DoseMissed.class);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T08:00+01:00"));
        assertThat(missed.get(0).alert().severity()).isEqualTo("warning");
        List<DoseView> log = doses.log(med.id(), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29));
        assertThat(log.stream().map(DoseView::status).toList()).isEqualTo(List.of("missed", "taken"));

        // a missed dose can still be taken late, and then it is no longer missed
        doses.take(med.id(), new TakeRequest(OffsetDateTime.parse("2026-11-29T08:00+01:00"), null, null, null));
        assertThat(doses.log(med.id(), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)).stream().map(DoseView::status).toList())
                .isEqualTo(List.of("taken", "taken"));
    }
}
