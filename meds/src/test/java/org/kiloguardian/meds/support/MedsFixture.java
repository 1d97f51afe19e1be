package org.kiloguardian.meds.support;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kiloguardian.meds.medication.MedicationRequest;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

/** Clean tables, a clock and medications to test with. */
@ApplicationScoped
public class MedsFixture {

    private final EntityManager entityManager;
    private final MedicationService medications;
    private final HouseholdClock clock;
    private final RecordedEvents events;

    MedsFixture(EntityManager entityManager, MedicationService medications, HouseholdClock clock, RecordedEvents events) {
        this.entityManager = entityManager;
        this.medications = medications;
        this.clock = clock;
        this.events = events;
    }

    /** Empties the meds tables, sets the household clock and forgets recorded events. */
    @Transactional
    public void reset(LocalDateTime householdNow) {
        entityManager.createNativeQuery("TRUNCATE meds.dose_reminder, meds.dose, meds.refill, meds.medication").executeUpdate();
        clock.set(householdNow);
        events.clear();
    }

    public static MedicationRequest daily(String name, BigDecimal doseAmount, BigDecimal stock, String... times) {
        return new MedicationRequest(name, "10 mg", "tablet", doseAmount, times(times), null, null, null, null, null,
                null, null, null, null, null, stock, null, null, null);
    }

    public static MedicationRequest everyHours(String name, int hours, LocalDate startDate, String firstTime) {
        return new MedicationRequest(name, null, null, null, firstTime == null ? null : times(firstTime), null, hours, null, null,
                null, startDate, null, null, null, null, BigDecimal.TEN, null, null, null);
    }

    public static MedicationRequest onWeekdays(String name, Set<DayOfWeek> weekdays, String... times) {
        return new MedicationRequest(name, null, null, null, times(times), weekdays, null, null, null, null,
                null, null, null, null, null, BigDecimal.TEN, null, null, null);
    }

    public static MedicationRequest asNeeded(String name, Integer minIntervalHours, Integer maxPerDay, BigDecimal stock) {
        return new MedicationRequest(name, "400 mg", "tablet", null, null, null, null, true, minIntervalHours, maxPerDay,
                null, null, null, null, null, stock, null, null, null);
    }

    public MedicationView create(MedicationRequest request) {
        return medications.create(request);
    }

    private static List<LocalTime> times(String... times) {
        return Arrays.stream(times).map(LocalTime::parse).toList();
    }
}
