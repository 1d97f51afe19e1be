package org.kiloguardian.meds.adherence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.meds.dose.DoseSlot;
import org.kiloguardian.meds.dose.DoseSlots;
import org.kiloguardian.meds.dose.SlotState;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.rest.error.InvalidInput;

/**
 * Taken / scheduled per medication and overall, over the household days ending today. A dose
 * counts once its time has come; days before a medication was added do not count against it.
 * As-needed medications have no scheduled doses and are left out.
 */
@ApplicationScoped
public class AdherenceService {

    static final int LONGEST_WINDOW = 90;

    private final DoseSlots slots;
    private final Clock clock;
    private final Owners owners;

    AdherenceService(DoseSlots slots, Clock clock, Owners owners) {
        this.owners = owners;
        this.slots = slots;
        this.clock = clock;
    }

    /** @param historyDays how many days of per-day history to include (1 to 90) */
    @Transactional
    public AdherenceReport report(int historyDays) {
        return report(historyDays, PersonFilter.everyone());
    }

    /** The same over the medications {@code person} selects: one person's, the caller's, the shared ones, or everyone's. */
    @Transactional
    public AdherenceReport report(int historyDays, PersonFilter person) {
        if (historyDays < 1 || historyDays > LONGEST_WINDOW) {
            throw new InvalidInput("days", "must be between 1 and " + LONGEST_WINDOW + ".");
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(LONGEST_WINDOW - 1);
        Predicate<Long> owner = owners.select(person);
        List<Medication> active = Medication.activeScheduled().stream().filter(m -> owner.test(m.personId)).toList();
        Map<Long, List<DoseSlot>> slotsByMedication = slots.of(active, first, today);

        Map<LocalDate, Tally> overallDays = emptyDays(first, today);
        List<MedicationAdherence> perMedication = new ArrayList<>();
        for (Medication medication : active) {
            LocalDate added = LocalDate.ofInstant(medication.createdAt, zone);
            Map<LocalDate, Tally> days = emptyDays(first, today);
            for (DoseSlot slot : slotsByMedication.get(medication.id)) {
                LocalDate day = LocalDate.ofInstant(slot.scheduledAt(), zone);
                if (slot.state() != SlotState.UPCOMING && !day.isBefore(added)) {
                    days.get(day).add(slot.state());
                }
            }
            days.forEach((day, tally) -> overallDays.get(day).add(tally));
            perMedication.add(new MedicationAdherence(medication.id, medication.name, medication.dosage, medication.personId,
                    window(days, today, 7), window(days, today, 30), window(days, today, 90), history(days, today, historyDays)));
        }
        return new AdherenceReport(today, window(overallDays, today, 7), window(overallDays, today, 30),
                window(overallDays, today, 90), history(overallDays, today, historyDays), perMedication);
    }

    private static Map<LocalDate, Tally> emptyDays(LocalDate first, LocalDate last) {
        Map<LocalDate, Tally> days = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        return days;
    }

    private static Rate window(Map<LocalDate, Tally> days, LocalDate today, int length) {
        Tally total = new Tally();
        days.forEach((day, tally) -> {
            if (day.isAfter(today.minusDays(length))) {
                total.add(tally);
            }
        });
        return total.rate();
    }

    private static List<DayAdherence> history(Map<LocalDate, Tally> days, LocalDate today, int length) {
        List<DayAdherence> history = new ArrayList<>();
        for (LocalDate day = today.minusDays(length - 1); !day.isAfter(today); day = day.plusDays(1)) {
            history.add(DayAdherence.of(day, days.get(day)));
        }
        return history;
    }
}
