package org.kiloguardian.meds.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AsNeededLimitsTest {

    @Inject
    MedsFixture fixture;
    @Inject
    DoseService doses;
    @Inject
    HouseholdClock clock;
    @Inject
    RecordedEvents events;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 8, 0));
    }

    @Test
    void aDoseTooSoonIsRefusedWithTheReasonUnlessForced() {
        MedicationView med = fixture.create(MedsFixture.asNeeded("Ibuprofen", 6, null, new BigDecimal("20")));
        TakeResult first = doses.take(med.id(), TakeRequest.NOW);
        assertThat(first.dose().scheduledAt()).isNull();

        clock.advance(Duration.ofHours(5));
        DoseConflict tooSoon = assertThatExceptionOfType(DoseConflict.class).isThrownBy(() -> doses.take(med.id(), TakeRequest.NOW)).actual();
        assertThat(tooSoon.getMessage()).contains("at least 6 hours apart");
        assertThat(tooSoon.getMessage()).contains("14:00");
        assertThat(events.of(MedicationTaken.class)).as("a refused dose announces nothing").hasSize(1);

        TakeResult forced = doses.take(med.id(), new TakeRequest(null, null, null, true));
        assertThat(forced.stock()).isEqualTo(new BigDecimal("18.000"));
    }

    @Test
    void theMostPerHouseholdDayIsEnforcedAndResetsAtMidnight() {
        MedicationView med = fixture.create(MedsFixture.asNeeded("Paracetamol", null, 2, new BigDecimal("20")));
        doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofHours(4));
        doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofHours(4));

        DoseConflict tooMany = assertThatExceptionOfType(DoseConflict.class).isThrownBy(() -> doses.take(med.id(), TakeRequest.NOW)).actual();
        assertThat(tooMany.getMessage()).contains("the most allowed is 2");

        clock.set(LocalDateTime.of(2026, 11, 30, 0, 30));
        assertThat(doses.take(med.id(), TakeRequest.NOW).stock()).isEqualTo(new BigDecimal("17.000"));
    }

    @Test
    void anAsNeededMedicationHasNothingToSkipOrSnooze() {
        MedicationView med = fixture.create(MedsFixture.asNeeded("Ibuprofen", 6, 3, BigDecimal.TEN));

        assertThatThrownBy(() -> doses.skip(med.id(), SkipRequest.NOW)).isInstanceOf(DoseConflict.class);
        assertThatThrownBy(() -> doses.snooze(med.id(), new SnoozeRequest(10, null))).isInstanceOf(DoseConflict.class);
    }
}
