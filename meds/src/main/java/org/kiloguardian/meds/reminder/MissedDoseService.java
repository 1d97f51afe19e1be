package org.kiloguardian.meds.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.kiloguardian.meds.dose.Dose;
import org.kiloguardian.meds.dose.DoseSlot;
import org.kiloguardian.meds.dose.DoseSlots;
import org.kiloguardian.meds.dose.DoseStatus;
import org.kiloguardian.meds.dose.SlotState;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.MedicationAlert;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records as missed every scheduled dose of today and yesterday still open after the grace period
 * ({@code kilo.meds.missed-after}) and raises the missed-dose alert once for each. Each medication
 * is handled in its own transaction under its row lock, so a dose taken at that very moment is
 * either taken or missed, never both.
 */
@ApplicationScoped
public class MissedDoseService {

    private final DoseSlots slots;
    private final Clock clock;
    private final Event<DoseMissed> missed;
    private final Owners owners;

    MissedDoseService(DoseSlots slots, Clock clock, Event<DoseMissed> missed, Owners owners) {
        this.owners = owners;
        this.slots = slots;
        this.clock = clock;
        this.missed = missed;
    }

    /** @return how many doses were marked missed */
    public int markMissed() {
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> Medication.activeScheduled().stream().map(medication -> medication.id).sorted().toList());
        int marked = 0;
        for (Long id : ids) {
            marked += QuarkusTransaction.requiringNew().call(() -> markMissed(id));
        }
        return marked;
    }

    private int markMissed(long medicationId) {
        Medication medication = Medication.lock(medicationId);
        if (!medication.active || !medication.schedule.isScheduled()) {
            return 0;
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int marked = 0;
        for (DoseSlot slot : slots.of(medication, today.minusDays(1), today)) {
            boolean unmarked = slot.record() == null || slot.record().status == DoseStatus.SNOOZED;
            if (slot.state() == SlotState.MISSED && unmarked) {
                Dose dose = slot.record() != null ? slot.record() : new Dose();
                dose.medicationId = medication.id;
                dose.scheduledAt = slot.scheduledAt();
                dose.status = DoseStatus.MISSED;
                dose.snoozedUntil = null;
                dose.recordedAt = now;
                dose.persistAndFlush();
                missed.fire(alert(medication, dose, now, zone));
                marked++;
            }
        }
        return marked;
    }

    private DoseMissed alert(Medication medication, Dose dose, Instant now, ZoneId zone) {
        String time = TimesOfDayConverter.format(dose.scheduledAt.atZone(zone).toLocalTime());
        String message = "The " + time + " dose of " + medication.name + " was not taken.";
        return new DoseMissed(medication.id, medication.name, medication.dosage, dose.id,
                dose.scheduledAt.atZone(zone).toOffsetDateTime(),
                new MedicationAlert(message, "warning", true, now, medication.personId, owners.nameOf(medication.personId)));
    }
}
