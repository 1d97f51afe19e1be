package org.kiloguardian.notifications.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

import org.kiloguardian.notifications.action.DoseActions;
import org.kiloguardian.rest.error.Conflict;

/** The gateway takes doses through the meds module; the module's tests record what they were asked (a singleton: tests read its fields). */
@Singleton
public class TestDoseActions implements DoseActions {

    public record Call(String action, long medicationId, Instant scheduledAt, Integer minutes) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    /** A dose the meds module would refuse (taken elsewhere already). */
    public volatile Long settledMedication;

    @Override
    public BigDecimal take(long medicationId, Instant scheduledAt) {
        refuseSettled(medicationId);
        calls.add(new Call("take", medicationId, scheduledAt, null));
        return new BigDecimal("9.000");
    }

    @Override
    public void snooze(long medicationId, Instant scheduledAt, int minutes) {
        refuseSettled(medicationId);
        calls.add(new Call("snooze", medicationId, scheduledAt, minutes));
    }

    private void refuseSettled(long medicationId) {
        if (Long.valueOf(medicationId).equals(settledMedication)) {
            throw new Conflict("The dose is already taken.");
        }
    }
}
