package org.kiloguardian.meds.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kiloguardian.meds.dose.DoseSlot;
import org.kiloguardian.meds.dose.DoseSlots;
import org.kiloguardian.meds.dose.DoseStatus;
import org.kiloguardian.meds.dose.SlotState;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;

/**
 * Sends one reminder per dose time: when a scheduled dose becomes due, and again when its snooze
 * runs out. The sent reminders are recorded, so a restart or a second instance sends none twice;
 * doses past the grace period get the missed-dose alert instead.
 */
@ApplicationScoped
public class ReminderService {

    private final DoseSlots slots;
    /** Plain JPA for the one native INSERT … ON CONFLICT DO NOTHING that claims a reminder; Panache has no upsert. */
    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<MedicationDue> due;
    private final Owners owners;

    ReminderService(DoseSlots slots, EntityManager entityManager, Clock clock, Event<MedicationDue> due,
            Owners owners) {
        this.owners = owners;
        this.slots = slots;
        this.entityManager = entityManager;
        this.clock = clock;
        this.due = due;
    }

    /** @return how many reminders were sent */
    @Transactional
    public int sendDueReminders() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Medication> active = Medication.activeScheduled();
        Map<Long, List<DoseSlot>> slotsByMedication = slots.of(active, today.minusDays(1), today);
        int sent = 0;
        for (Medication medication : active) {
            for (DoseSlot slot : slotsByMedication.get(medication.id)) {
                if (slot.state() == SlotState.DUE && firstReminder(medication, slot, now)) {
                    due.fire(reminder(medication, slot, now, zone));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean firstReminder(Medication medication, DoseSlot slot, Instant now) {
        return entityManager.createNativeQuery("INSERT INTO meds.dose_reminder (medication_id, scheduled_at, remind_at, sent_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, medication.id)
                .setParameter(2, slot.scheduledAt())
                .setParameter(3, slot.dueAt())
                .setParameter(4, now)
                .executeUpdate() == 1;
    }

    private MedicationDue reminder(Medication medication, DoseSlot slot, Instant now, ZoneId zone) {
        boolean snoozed = slot.record() != null && slot.record().status == DoseStatus.SNOOZED;
        String time = TimesOfDayConverter.format(slot.scheduledAt().atZone(zone).toLocalTime());
        StringBuilder content = new StringBuilder("Time to take ").append(medication.name);
        if (medication.dosage != null && !medication.dosage.isBlank()) {
            content.append(' ').append(medication.dosage);
        }
        content.append(" (").append(medication.doseAmount.stripTrailingZeros().toPlainString())
                .append(medication.form == null ? "" : " " + medication.form).append(") — the ").append(time).append(" dose");
        content.append(snoozed ? ", snoozed until now." : ".");
        return new MedicationDue(medication.id, medication.name, medication.dosage, medication.doseAmount,
                medication.instructions, slot.scheduledAt().atZone(zone).toOffsetDateTime(), snoozed, content.toString(), now,
                medication.personId, owners.nameOf(medication.personId));
    }
}
