package org.kiloguardian.meds.dose;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.meds.config.MedsConfig;
import org.kiloguardian.meds.medication.Medication;

/** Joins a medication's schedule with its dose log: every scheduled dose of some days and where it stands. */
@ApplicationScoped
public class DoseSlots {

    private final Clock clock;
    private final MedsConfig config;

    DoseSlots(Clock clock, MedsConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The scheduled doses of several medications over household days [from, to], keyed by medication id. */
    public Map<Long, List<DoseSlot>> of(List<Medication> medications, LocalDate from, LocalDate to) {
        ZoneId zone = zone();
        Instant now = clock.instant();
        List<Long> ids = medications.stream().map(medication -> medication.id).toList();
        Map<Long, Map<Instant, Dose>> records = new HashMap<>();
        for (Dose dose : Dose.scheduledBetween(ids, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())) {
            records.computeIfAbsent(dose.medicationId, id -> new HashMap<>()).put(dose.scheduledAt, dose);
        }
        return medications.stream().collect(Collectors.toMap(medication -> medication.id, medication -> {
            Map<Instant, Dose> own = records.getOrDefault(medication.id, Map.of());
            return medication.schedule.occurrencesBetween(from, to, zone).stream()
                    .map(at -> DoseSlot.of(at, own.get(at), now, config.missedAfter()))
                    .toList();
        }, (a, b) -> a, HashMap::new));
    }

    public List<DoseSlot> of(Medication medication, LocalDate from, LocalDate to) {
        return of(List.of(medication), from, to).get(medication.id);
    }
}
