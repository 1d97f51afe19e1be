package org.kiloguardian.gateway.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.SnoozeRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.notifications.action.DoseActions;

/**
 * A notification's buttons act through the meds module like the dashboard's: the stock goes down,
 * MedicationTaken goes out (med_taken on Socket.IO, open dashboards redraw), the adherence habit is
 * completed. A dose already taken or skipped elsewhere answers 409.
 */
@ApplicationScoped
public class MedsDoseActions implements DoseActions {

    static final String NOTE = "from a notification";

    private final DoseService doses;

    MedsDoseActions(DoseService doses) {
        this.doses = doses;
    }

    @Override
    public BigDecimal take(long medicationId, Instant scheduledAt) {
        return doses.take(medicationId, new TakeRequest(scheduledAt.atOffset(ZoneOffset.UTC), null, NOTE, null)).stock();
    }

    @Override
    public void snooze(long medicationId, Instant scheduledAt, int minutes) {
        doses.snooze(medicationId, new SnoozeRequest(minutes, scheduledAt.atOffset(ZoneOffset.UTC)));
    }
}
