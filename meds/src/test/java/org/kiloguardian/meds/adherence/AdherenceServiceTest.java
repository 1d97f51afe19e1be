package org.kiloguardian.meds.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.SkipRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdherenceServiceTest {

    @Inject
    MedsFixture fixture;
    @Inject
    AdherenceService adherence;
    @Inject
    DoseService doses;
    @Inject
    HouseholdClock clock;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 27, 7, 0));
    }

    @Test
    void takenOverScheduledPerMedicationPerDayAndOverall() {
        // added on the 27th, twice a day; it is now the 29th at 12:00, so 5 doses have come
        MedicationView twice = fixture.create(MedsFixture.daily("Twice", BigDecimal.ONE, BigDecimal.TEN, "08:00", "20:00"));
        MedicationView once = fixture.create(MedsFixture.daily("Once", BigDecimal.ONE, BigDecimal.TEN, "09:00"));
        take(twice, "2026-11-27T08:00+01:00");
        take(twice, "2026-11-27T20:00+01:00");
        doses.skip(twice.id(), new SkipRequest(OffsetDateTime.parse("2026-11-28T08:00+01:00"), null));
        take(twice, "2026-11-29T08:00+01:00");
        take(once, "2026-11-28T09:00+01:00");
        clock.set(LocalDateTime.of(2026, 11, 29, 12, 0));

        AdherenceReport report = adherence.report(3);

        MedicationAdherence ofTwice = report.medications().stream().filter(m -> m.medicationId() == twice.id()).findFirst().orElseThrow();
        assertEquals(new Rate(5, 3, 1, 1, new BigDecimal("0.600")), ofTwice.last7Days());
        assertEquals(ofTwice.last7Days(), ofTwice.last90Days());
        assertEquals(new DayAdherence(LocalDate.of(2026, 11, 27), 2, 2, 0, 0, new BigDecimal("1.000")), ofTwice.history().get(0));
        assertEquals(new DayAdherence(LocalDate.of(2026, 11, 28), 2, 0, 1, 1, new BigDecimal("0.000")), ofTwice.history().get(1));
        assertEquals(new DayAdherence(LocalDate.of(2026, 11, 29), 1, 1, 0, 0, new BigDecimal("1.000")), ofTwice.history().get(2));

        // overall: Twice 3 of 5, Once 1 of 3 (27th, 28th, 29th at 09:00)
        assertEquals(new Rate(8, 4, 1, 3, new BigDecimal("0.500")), report.last30Days());
        assertEquals(3, report.history().size());
        assertEquals(LocalDate.of(2026, 11, 29), report.today());
    }

    @Test
    void nothingScheduledMeansNoRate() {
        fixture.create(MedsFixture.asNeeded("Ibuprofen", 6, 3, BigDecimal.TEN));

        AdherenceReport report = adherence.report(7);

        assertEquals(0, report.last7Days().scheduled());
        assertNull(report.last7Days().rate());
        assertEquals(0, report.medications().size());
    }

    private void take(MedicationView medication, String scheduledAt) {
        clock.set(OffsetDateTime.parse(scheduledAt).toInstant().plusSeconds(300));
        doses.take(medication.id(), new TakeRequest(OffsetDateTime.parse(scheduledAt), null, null, null));
    }
}
