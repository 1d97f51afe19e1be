package org.kiloguardian.meds.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

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
    HouseholdClock clock;
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

        assertThat(result.stock()).isEqualTo(new BigDecimal("9.750"));
        assertThat(medications.get(med.id()).stock()).isEqualTo(new BigDecimal("9.750"));
        assertThat(result.insufficientStock()).isFalse();
        assertThat(result.dose().status()).isEqualTo("taken");
        assertThat(result.dose().scheduledAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T08:00+01:00"));
        assertThat(result.daysOfSupply()).isEqualTo(new BigDecimal("9.7")); // 9.75 / (2 x 0.5 a day), rounded down

        MedicationTaken taken = events.of(MedicationTaken.class).get(0);
        assertThat(taken.medId()).isEqualTo(med.id());
        assertThat(taken.medName()).isEqualTo("Bisoprolol");
        assertThat(taken.dosage()).isEqualTo("10 mg");
        assertThat(taken.stock()).isEqualTo(new BigDecimal("9.750"));
        assertThat(taken.timestamp()).isNotNull();
    }

    @Test
    void anExplicitAmountIsWhatGoesOffTheStock() {
        MedicationView med = fixture.create(MedsFixture.daily("Lactulose", new BigDecimal("15"), new BigDecimal("500"), "08:00"));

        TakeResult result = doses.take(med.id(), new TakeRequest(null, new BigDecimal("7.125"), "half the usual", null));

        assertThat(result.stock()).isEqualTo(new BigDecimal("492.875"));
        assertThat(result.dose().amount()).isEqualTo(new BigDecimal("7.125"));
        assertThat(result.dose().note()).isEqualTo("half the usual");
    }

    @Test
    void tooLittleStockIsAllowedButFlaggedAndUndoGivesBackOnlyWhatWasThere() {
        MedicationView med = fixture.create(MedsFixture.daily("Vitamin D", BigDecimal.ONE, new BigDecimal("0.3"), "08:00"));

        TakeResult result = doses.take(med.id(), TakeRequest.NOW);

        assertThat(result.insufficientStock()).isTrue();
        assertThat(result.warning()).isNotNull();
        assertThat(result.stock()).isEqualTo(new BigDecimal("0.000"));
        assertThat(events.of(MedicationTaken.class).get(0).insufficientStock()).isTrue();

        UndoResult undone = doses.undo(med.id(), result.dose().id());

        assertThat(undone.stock()).isEqualTo(new BigDecimal("0.300"));
        assertThat(undone.undoneStatus()).isEqualTo("taken");
        assertThat(events.of(DoseUndone.class)).hasSize(1);
        // the dose is open again
        assertThat(doses.take(med.id(), TakeRequest.NOW).dose().status()).isEqualTo("taken");
    }

    @Test
    void undoWorksOnlyOnTheSameHouseholdDay() {
        MedicationView med = fixture.create(MedsFixture.daily("Statin", BigDecimal.ONE, BigDecimal.TEN, "22:00"));
        clock.set(LocalDateTime.of(2026, 11, 29, 22, 30));
        TakeResult result = doses.take(med.id(), TakeRequest.NOW);

        clock.set(LocalDateTime.of(2026, 11, 30, 0, 5)); // past the household's midnight, still the 29th in UTC

        assertThatThrownBy(() -> doses.undo(med.id(), result.dose().id())).isInstanceOf(DoseConflict.class);
        assertThat(medications.get(med.id()).stock()).isEqualTo(new BigDecimal("9.000"));
    }

    @Test
    void refillsAddStockAndTheRefillListHoldsWhatRunsOutWithinItsThreshold() {
        MedicationView low = fixture.create(MedsFixture.daily("Low", new BigDecimal("0.5"), new BigDecimal("6.5"), "08:00", "20:00"));
        fixture.create(MedsFixture.daily("Plenty", BigDecimal.ONE, new BigDecimal("100"), "08:00"));

        assertThat(events.of(LowStock.class)).as("created under its threshold").hasSize(1);
        RefillNeeded needed = refills.needed().get(0);
        assertThat(refills.needed()).hasSize(1);
        assertThat(needed.medicationId()).isEqualTo(low.id());
        assertThat(needed.daysOfSupply()).isEqualTo(new BigDecimal("6.5"));

        RefillView refill = refills.refill(low.id(), new RefillRequest(new BigDecimal("28.5"), "new pack"));

        assertThat(refill.stock()).isEqualTo(new BigDecimal("35.000"));
        assertThat(refill.daysOfSupply()).isEqualTo(new BigDecimal("35.0"));
        assertThat(refill.lowStock()).isFalse();
        assertThat(refills.needed()).isEmpty();
        assertThat(refills.history(low.id())).hasSize(1);
        MedicationRefilled refilled = events.of(MedicationRefilled.class).get(0);
        assertThat(refilled.medId()).isEqualTo(low.id());
        assertThat(refilled.quantity()).isEqualTo(new BigDecimal("28.500"));
        assertThat(refilled.stock()).isEqualTo(new BigDecimal("35.000"));
    }

    @Test
    void aRefusedRefillAnnouncesNothing() {
        MedicationView med = fixture.create(MedsFixture.daily("Ibuprofen", BigDecimal.ONE, BigDecimal.TEN, "08:00"));

        assertThatThrownBy(() -> refills.refill(med.id(), new RefillRequest(new BigDecimal("-3"), null))).isInstanceOf(RuntimeException.class);

        assertThat(events.of(MedicationRefilled.class)).isEmpty();
    }

    @Test
    void lowStockIsAnnouncedOnceWhenADoseCrossesTheThreshold() {
        // one a day, 8 on hand: 8 days, then 7 after a dose (not under 7), then 6 (under): one alert
        MedicationView med = fixture.create(MedsFixture.daily("Thyroxine", BigDecimal.ONE, new BigDecimal("8"), "08:00"));
        doses.take(med.id(), TakeRequest.NOW);
        assertThat(events.of(LowStock.class)).isEmpty();

        clock.advance(Duration.ofDays(1));
        TakeResult result = doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofDays(1));
        doses.take(med.id(), TakeRequest.NOW);

        assertThat(result.lowStock()).isTrue();
        assertThat(events.of(LowStock.class)).hasSize(1);
        LowStock alert = events.of(LowStock.class).get(0);
        assertThat(alert.medId()).isEqualTo(med.id());
        assertThat(alert.stock()).isEqualTo(new BigDecimal("6.000"));
        assertThat(alert.alert().severity()).isEqualTo("warning");
        assertThat(alert.alert().actionable()).isTrue();
    }

    @Test
    void skippingUsesNoStockAndASecondTakeOfTheSameDoseIsAConflict() {
        MedicationView med = fixture.create(MedsFixture.daily("Aspirin", BigDecimal.ONE, BigDecimal.TEN, "08:00", "20:00"));
        OffsetDateTime evening = OffsetDateTime.parse("2026-11-29T20:00+01:00");

        DoseView skipped = doses.skip(med.id(), new SkipRequest(evening, "out for dinner"));
        doses.take(med.id(), TakeRequest.NOW);

        assertThat(skipped.status()).isEqualTo("skipped");
        assertThat(events.of(MedicationSkipped.class)).hasSize(1);
        assertThatThrownBy(() -> doses.take(med.id(), TakeRequest.NOW)).isInstanceOf(DoseConflict.class);
        assertThatThrownBy(() -> doses.take(med.id(), new TakeRequest(evening, null, null, null))).isInstanceOf(DoseConflict.class);
        assertThat(medications.get(med.id()).stock()).isEqualTo(new BigDecimal("9.000"));

        TakeResult extra = doses.take(med.id(), new TakeRequest(null, null, null, true));
        assertThat(extra.dose().scheduledAt()).isNull();
        assertThat(extra.stock()).isEqualTo(new BigDecimal("8.000"));
    }

    @Test
    void aScheduledAtThatIsNotADoseTimeIsRejected() {
        MedicationView med = fixture.create(MedsFixture.daily("Aspirin", BigDecimal.ONE, BigDecimal.TEN, "08:00"));

        assertThatThrownBy(() -> doses.take(med.id(), new TakeRequest(OffsetDateTime.parse("2026-11-29T08:30+01:00"), null, null, null)))
                .isInstanceOf(InvalidInput.class);
    }
}
