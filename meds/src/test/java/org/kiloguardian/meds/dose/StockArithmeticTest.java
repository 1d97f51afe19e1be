package org.kiloguardian.meds.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.event.DoseUndone;
import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationRefilled;
import org.kiloguardian.meds.event.MedicationSkipped;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.stock.RefillNeeded;
import org.kiloguardian.meds.stock.RefillRequest;
import org.kiloguardian.meds.stock.RefillService;
import org.kiloguardian.meds.stock.RefillView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.meds.support.MutableClock;
import org.kiloguardian.meds.support.RecordedEvents;
import org.kiloguardian.rest.error.InvalidInput;

import io.quarkus.test.junit.QuarkusTest;

/** Stock goes down by the dose in decimals, comes back on undo and up on refill; low stock is announced once. */
@QuarkusTest
class StockArithmeticTest {

    @Inject
    MedsFixture fixture;
    @Inject
    DoseService doses;
    @Inject
    RefillService refills;
    @Inject
    MedicationService medications;
    @Inject
    MutableClock clock;
    @Inject
    RecordedEvents events;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 8, 5));
    }

    @Test
    void takingAHalfTabletTakesExactlyHalfATabletFromTheStock() {
        MedicationView med = fixture.create(MedsFixture.daily("Bisoprolol", new BigDecimal("0.5"), new BigDecimal("10.25"), "08:00", "20:00"));

        TakeResult result = doses.take(med.id(), TakeRequest.NOW);

        assertEquals(new BigDecimal("9.750"), result.stock());
        assertEquals(new BigDecimal("9.750"), medications.get(med.id()).stock());
        assertFalse(result.insufficientStock());
        assertEquals("taken", result.dose().status());
        assertEquals(OffsetDateTime.parse("2026-11-29T08:00+01:00"), result.dose().scheduledAt());
        assertEquals(new BigDecimal("9.7"), result.daysOfSupply()); // 9.75 / (2 x 0.5 a day), rounded down

        MedicationTaken taken = events.of(MedicationTaken.class).get(0);
        assertEquals(med.id(), taken.medId());
        assertEquals("Bisoprolol", taken.medName());
        assertEquals("10 mg", taken.dosage());
        assertEquals(new BigDecimal("9.750"), taken.stock());
        assertNotNull(taken.timestamp());
    }

    @Test
    void anExplicitAmountIsWhatGoesOffTheStock() {
        MedicationView med = fixture.create(MedsFixture.daily("Lactulose", new BigDecimal("15"), new BigDecimal("500"), "08:00"));

        TakeResult result = doses.take(med.id(), new TakeRequest(null, new BigDecimal("7.125"), "half the usual", null));

        assertEquals(new BigDecimal("492.875"), result.stock());
        assertEquals(new BigDecimal("7.125"), result.dose().amount());
        assertEquals("half the usual", result.dose().note());
    }

    @Test
    void tooLittleStockIsAllowedButFlaggedAndUndoGivesBackOnlyWhatWasThere() {
        MedicationView med = fixture.create(MedsFixture.daily("Vitamin D", BigDecimal.ONE, new BigDecimal("0.3"), "08:00"));

        TakeResult result = doses.take(med.id(), TakeRequest.NOW);

        assertTrue(result.insufficientStock());
        assertNotNull(result.warning());
        assertEquals(new BigDecimal("0.000"), result.stock());
        assertTrue(events.of(MedicationTaken.class).get(0).insufficientStock());

        UndoResult undone = doses.undo(med.id(), result.dose().id());

        assertEquals(new BigDecimal("0.300"), undone.stock());
        assertEquals("taken", undone.undoneStatus());
        assertEquals(1, events.of(DoseUndone.class).size());
        // the dose is open again
        assertEquals("taken", doses.take(med.id(), TakeRequest.NOW).dose().status());
    }

    @Test
    void undoWorksOnlyOnTheSameHouseholdDay() {
        MedicationView med = fixture.create(MedsFixture.daily("Statin", BigDecimal.ONE, BigDecimal.TEN, "22:00"));
        clock.set(LocalDateTime.of(2026, 11, 29, 22, 30));
        TakeResult result = doses.take(med.id(), TakeRequest.NOW);

        clock.set(LocalDateTime.of(2026, 11, 30, 0, 5)); // past the household's midnight, still the 29th in UTC

        assertThrows(DoseConflict.class, () -> doses.undo(med.id(), result.dose().id()));
        assertEquals(new BigDecimal("9.000"), medications.get(med.id()).stock());
    }

    @Test
    void refillsAddStockAndTheRefillListHoldsWhatRunsOutWithinItsThreshold() {
        MedicationView low = fixture.create(MedsFixture.daily("Low", new BigDecimal("0.5"), new BigDecimal("6.5"), "08:00", "20:00"));
        fixture.create(MedsFixture.daily("Plenty", BigDecimal.ONE, new BigDecimal("100"), "08:00"));

        assertEquals(1, events.of(LowStock.class).size(), "created under its threshold");
        RefillNeeded needed = refills.needed().get(0);
        assertEquals(1, refills.needed().size());
        assertEquals(low.id(), needed.medicationId());
        assertEquals(new BigDecimal("6.5"), needed.daysOfSupply());

        RefillView refill = refills.refill(low.id(), new RefillRequest(new BigDecimal("28.5"), "new pack"));

        assertEquals(new BigDecimal("35.000"), refill.stock());
        assertEquals(new BigDecimal("35.0"), refill.daysOfSupply());
        assertFalse(refill.lowStock());
        assertTrue(refills.needed().isEmpty());
        assertEquals(1, refills.history(low.id()).size());
        MedicationRefilled refilled = events.of(MedicationRefilled.class).get(0);
        assertEquals(low.id(), refilled.medId());
        assertEquals(new BigDecimal("28.500"), refilled.quantity());
        assertEquals(new BigDecimal("35.000"), refilled.stock());
    }

    @Test
    void aRefusedRefillAnnouncesNothing() {
        MedicationView med = fixture.create(MedsFixture.daily("Ibuprofen", BigDecimal.ONE, BigDecimal.TEN, "08:00"));

        assertThrows(RuntimeException.class, () -> refills.refill(med.id(), new RefillRequest(new BigDecimal("-3"), null)));

        assertTrue(events.of(MedicationRefilled.class).isEmpty());
    }

    @Test
    void lowStockIsAnnouncedOnceWhenADoseCrossesTheThreshold() {
        // one a day, 8 on hand: 8 days, then 7 after a dose (not under 7), then 6 (under): one alert
        MedicationView med = fixture.create(MedsFixture.daily("Thyroxine", BigDecimal.ONE, new BigDecimal("8"), "08:00"));
        doses.take(med.id(), TakeRequest.NOW);
        assertTrue(events.of(LowStock.class).isEmpty());

        clock.advance(Duration.ofDays(1));
        TakeResult result = doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofDays(1));
        doses.take(med.id(), TakeRequest.NOW);

        assertTrue(result.lowStock());
        assertEquals(1, events.of(LowStock.class).size());
        LowStock alert = events.of(LowStock.class).get(0);
        assertEquals(med.id(), alert.medId());
        assertEquals(new BigDecimal("6.000"), alert.stock());
        assertEquals("warning", alert.severity());
        assertTrue(alert.actionable());
    }

    @Test
    void skippingUsesNoStockAndASecondTakeOfTheSameDoseIsAConflict() {
        MedicationView med = fixture.create(MedsFixture.daily("Aspirin", BigDecimal.ONE, BigDecimal.TEN, "08:00", "20:00"));
        OffsetDateTime evening = OffsetDateTime.parse("2026-11-29T20:00+01:00");

        DoseView skipped = doses.skip(med.id(), new SkipRequest(evening, "out for dinner"));
        doses.take(med.id(), TakeRequest.NOW);

        assertEquals("skipped", skipped.status());
        assertEquals(1, events.of(MedicationSkipped.class).size());
        assertThrows(DoseConflict.class, () -> doses.take(med.id(), TakeRequest.NOW));
        assertThrows(DoseConflict.class, () -> doses.take(med.id(), new TakeRequest(evening, null, null, null)));
        assertEquals(new BigDecimal("9.000"), medications.get(med.id()).stock());

        TakeResult extra = doses.take(med.id(), new TakeRequest(null, null, null, true));
        assertEquals(null, extra.dose().scheduledAt());
        assertEquals(new BigDecimal("8.000"), extra.stock());
    }

    @Test
    void aScheduledAtThatIsNotADoseTimeIsRejected() {
        MedicationView med = fixture.create(MedsFixture.daily("Aspirin", BigDecimal.ONE, BigDecimal.TEN, "08:00"));

        assertThrows(InvalidInput.class,
                () -> doses.take(med.id(), new TakeRequest(OffsetDateTime.parse("2026-11-29T08:30+01:00"), null, null, null)));
    }
}
