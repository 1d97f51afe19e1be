package org.kiloguardian.meds.due;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.meds.config.MedsConfig;
import org.kiloguardian.meds.dose.DoseSlot;
import org.kiloguardian.meds.dose.DoseSlots;
import org.kiloguardian.meds.dose.DoseStatus;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;
import org.kiloguardian.rest.PersonFilter;

/** What to take now: today's due and overdue doses, today being the household's day. */
@ApplicationScoped
public class DueService {

    private final DoseSlots slots;
    private final Clock clock;
    private final MedsConfig config;
    private final Owners owners;

    DueService(DoseSlots slots, Clock clock, MedsConfig config, Owners owners) {
        this.owners = owners;
        this.slots = slots;
        this.clock = clock;
        this.config = config;
    }

    /** Due and overdue doses of today, by time of day then name. */
    @Transactional
    public List<DueDose> dueNow() {
        return dueNow(PersonFilter.everyone());
    }

    /** The due doses of one person, of the caller ({@code me}), of the shared medications, or of everyone. */
    @Transactional
    public List<DueDose> dueNow(PersonFilter person) {
        Predicate<Long> owner = owners.select(person);
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Medication> active = Medication.activeScheduled().stream().filter(m -> owner.test(m.personId)).toList();
        Map<Long, List<DoseSlot>> slotsByMedication = slots.of(active, today, today);
        List<DueDose> due = new ArrayList<>();
        for (Medication medication : active) {
            for (DoseSlot slot : slotsByMedication.get(medication.id)) {
                if (slot.state().isOpen()) {
                    due.add(dueDose(medication, slot, now, zone));
                }
            }
        }
        due.sort(Comparator.comparing(DueDose::scheduledAt).thenComparing(DueDose::name));
        return due;
    }

    private DueDose dueDose(Medication medication, DoseSlot slot, Instant now, ZoneId zone) {
        boolean snoozed = slot.record() != null && slot.record().status == DoseStatus.SNOOZED;
        return new DueDose(medication.id, medication.name, medication.dosage, medication.form, medication.personId, medication.doseAmount,
                medication.instructions, slot.scheduledAt().atZone(zone).toOffsetDateTime(),
                TimesOfDayConverter.format(slot.scheduledAt().atZone(zone).toLocalTime()), slot.state().json(),
                slot.dueAt().plus(config.overdueAfter()).isBefore(now),
                snoozed ? slot.record().snoozedUntil.atZone(zone).toOffsetDateTime() : null,
                medication.stock, medication.stock.compareTo(medication.doseAmount) < 0);
    }
}
