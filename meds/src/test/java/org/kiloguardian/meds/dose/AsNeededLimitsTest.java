package org.kiloguardian.meds.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertNull(first.dose().scheduledAt());

        clock.advance(Duration.ofHours(5));
        DoseConflict tooSoon = assertThrows(DoseConflict.class, () -> doses.take(med.id(), TakeRequest.NOW));
        assertTrue(tooSoon.getMessage().contains("at least 6 hours apart"), tooSoon.getMessage());
        assertTrue(tooSoon.getMessage().contains("14:00"), tooSoon.getMessage());
        assertEquals(1, events.of(MedicationTaken.class).size(), "a refused dose announces nothing");

        TakeResult forced = doses.take(med.id(), new TakeRequest(null, null, null, true));
        assertEquals(new BigDecimal("18.000"), forced.stock());
    }

    @Test
    void theMostPerHouseholdDayIsEnforcedAndResetsAtMidnight() {
        MedicationView med = fixture.create(MedsFixture.asNeeded("Paracetamol", null, 2, new BigDecimal("20")));
        doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofHours(4));
        doses.take(med.id(), TakeRequest.NOW);
        clock.advance(Duration.ofHours(4));

        DoseConflict tooMany = assertThrows(DoseConflict.class, () -> doses.take(med.id(), TakeRequest.NOW));
        assertTrue(tooMany.getMessage().contains("the most allowed is 2"), tooMany.getMessage());

        clock.set(LocalDateTime.of(2026, 11, 30, 0, 30));
        assertEquals(new BigDecimal("17.000"), doses.take(med.id(), TakeRequest.NOW).stock());
    }

    @Test
    void anAsNeededMedicationHasNothingToSkipOrSnooze() {
        MedicationView med = fixture.create(MedsFixture.asNeeded("Ibuprofen", 6, 3, BigDecimal.TEN));

        assertThrows(DoseConflict.class, () -> doses.skip(med.id(), SkipRequest.NOW));
        assertThrows(DoseConflict.class, () -> doses.snooze(med.id(), new SnoozeRequest(10, null)));
    }
}
