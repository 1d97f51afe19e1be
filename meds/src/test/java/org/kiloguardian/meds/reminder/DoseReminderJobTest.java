package org.kiloguardian.meds.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(events.of(MedicationDue.class).isEmpty());

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 0, 30));
        job.tick();
        job.tick();

        List<MedicationDue> reminders = events.of(MedicationDue.class);
        assertEquals(1, reminders.size());
        MedicationDue reminder = reminders.get(0);
        assertEquals(med.id(), reminder.medId());
        assertEquals(OffsetDateTime.parse("2026-11-29T08:00+01:00"), reminder.scheduledAt());
        assertTrue(reminder.content().contains("Ramipril"), reminder.content());
        assertEquals("med_due", MedicationDue.NOTIFICATION_TYPE);
    }

    @Test
    void aSnoozedDoseIsRemindedAgainWhenTheSnoozeRunsOut() {
        MedicationView med = fixture.create(MedsFixture.daily("Ramipril", BigDecimal.ONE, BigDecimal.TEN, "08:00"));
        clock.set(LocalDateTime.of(2026, 11, 29, 8, 0, 30));
        job.tick();
        DoseView snoozed = doses.snooze(med.id(), new SnoozeRequest(30, null));
        assertEquals("snoozed", snoozed.status());

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 20));
        job.tick();
        assertEquals(1, events.of(MedicationDue.class).size());

        clock.set(LocalDateTime.of(2026, 11, 29, 8, 31));
        job.tick();
        job.tick();

        List<MedicationDue> reminders = events.of(MedicationDue.class);
        assertEquals(2, reminders.size(), reminders::toString);
        assertTrue(reminders.get(1).snoozed());
        assertEquals(OffsetDateTime.parse("2026-11-29T08:00+01:00"), reminders.get(1).scheduledAt());
    }

    @Test
    void aDoseStillOpenAfterTheGracePeriodIsMarkedMissedOnce() {
        MedicationView med = fixture.create(MedsFixture.daily("Metformin", BigDecimal.ONE, BigDecimal.TEN, "08:00", "09:30"));
        clock.set(LocalDateTime.of(2026, 11, 29, 9, 45));
        doses.take(med.id(), TakeRequest.NOW); // the 09:30 dose

        clock.set(LocalDateTime.of(2026, 11, 29, 9, 59));
        job.tick();
        assertTrue(events.of(DoseMissed.class).isEmpty(), "08:00 is not yet two hours ago");

        clock.set(LocalDateTime.of(2026, 11, 29, 10, 1));
        job.tick();
        job.tick();

        List<DoseMissed> missed = events.of(DoseMissed.class);
        assertEquals(1, missed.size());
        assertEquals(OffsetDateTime.parse("2026-11-29T08:00+01:00"), missed.get(0).scheduledAt());
        assertEquals("warning", missed.get(0).severity());
        List<DoseView> log = doses.log(med.id(), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29));
        assertEquals(List.of("missed", "taken"), log.stream().map(DoseView::status).toList());

        // a missed dose can still be taken late, and then it is no longer missed
        doses.take(med.id(), new TakeRequest(OffsetDateTime.parse("2026-11-29T08:00+01:00"), null, null, null));
        assertEquals(List.of("taken", "taken"),
                doses.log(med.id(), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)).stream().map(DoseView::status).toList());
    }
}
