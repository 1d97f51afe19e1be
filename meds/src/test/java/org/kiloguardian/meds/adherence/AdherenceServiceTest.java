package org.kiloguardian.meds.adherence;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(ofTwice.last7Days()).isEqualTo(new Rate(5, 3, 1, 1, new BigDecimal("0.600")));
        assertThat(ofTwice.last90Days()).isEqualTo(ofTwice.last7Days());
        assertThat(ofTwice.history().get(0)).isEqualTo(new DayAdherence(LocalDate.of(2026, 11, 27), 2, 2, 0, 0, new BigDecimal("1.000")));
        assertThat(ofTwice.history().get(1)).isEqualTo(new DayAdherence(LocalDate.of(2026, 11, 28), 2, 0, 1, 1, new BigDecimal("0.000")));
        assertThat(ofTwice.history().get(2)).isEqualTo(new DayAdherence(LocalDate.of(2026, 11, 29), 1, 1, 0, 0, new BigDecimal("1.000")));

        // overall: Twice 3 of 5, Once 1 of 3 (27th, 28th, 29th at 09:00)
        assertThat(report.last30Days()).isEqualTo(new Rate(8, 4, 1, 3, new BigDecimal("0.500")));
        assertThat(report.history()).hasSize(3);
        assertThat(report.today()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void nothingScheduledMeansNoRate() {
        fixture.create(MedsFixture.asNeeded("Ibuprofen", 6, 3, BigDecimal.TEN));

        AdherenceReport report = adherence.report(7);

        assertThat(report.last7Days().scheduled()).isEqualTo(0);
        assertThat(report.last7Days().rate()).isNull();
        assertThat(report.medications()).hasSize(0);
    }

    private void take(MedicationView medication, String scheduledAt) {
        clock.set(OffsetDateTime.parse(scheduledAt).toInstant().plusSeconds(300));
        doses.take(medication.id(), new TakeRequest(OffsetDateTime.parse(scheduledAt), null, null, null));
    }
}
