package org.kiloguardian.gateway.adherence;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.meds.event.DoseUndone;
import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationRemoved;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.config.MedsConfig;
import org.kiloguardian.meds.event.MedicationUpdated;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Medication adherence as a habit: a new scheduled medication gets a linked habit ("Take Vitamin D",
 * one completion per daily dose) that belongs to the medication's person, each dose taken completes
 * it once, an undone dose undoes it, a medication given to someone else takes its habit along, and
 * removing the medication archives it. Wired here, through events after commit, because meds and
 * habits never know each other.
 */
@ApplicationScoped
public class MedicationHabitLink {

    private static final Logger LOG = Logger.getLogger(MedicationHabitLink.class);

    private final HabitService habits;
    private final CompletionService completions;
    private final boolean enabled;
    private final Clock clock;

    MedicationHabitLink(HabitService habits, CompletionService completions, Clock clock,
            MedsConfig config) {
        this.habits = habits;
        this.completions = completions;
        this.clock = clock;
        this.enabled = config.linkedHabit();
    }

    void medicationAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationAdded added) {
        if (!enabled || added.asNeeded() || added.times() == null || added.times().isEmpty()) {
            return; // an as-needed medication has no schedule to keep
        }
        List<LocalTime> times = added.times().stream().map(LocalTime::parse).sorted().toList();
        HabitRequest request = HabitRequest.named(("Take " + added.medName()).substring(0, Math.min(100, 5 + added.medName().length())))
                .withSchedule(Schedule.DAILY)
                .withTargetCount(Math.max(1, Math.min(100, times.size())))
                .withReminderTimes(times)
                .withMedicationId(added.medId())
                .withPersonId(added.personId());
        try {
            afterCommit(() -> habits.create(request));
        } catch (RuntimeException e) {
            // e.g. a habit of that name already exists: the medication itself is saved, so say so and go on
            LOG.warnf("No adherence habit for medication %d (%s): %s", added.medId(), added.medName(), e.getMessage());
        }
    }

    /** The habit follows its medication to another person (or to the household). */
    void medicationUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationUpdated updated) {
        for (HabitView habit : linkedActiveHabits(updated.medId())) {
            if (!Objects.equals(habit.personId(), updated.personId())) {
                ObjectNode owner = JsonNodeFactory.instance.objectNode();
                if (updated.personId() == null) {
                    owner.putNull("personId");
                } else {
                    owner.put("personId", updated.personId());
                }
                try {
                    afterCommit(() -> habits.patch(habit.id(), owner));
                } catch (RuntimeException e) {
                    // e.g. the new owner already has a habit of that name: the medication itself is saved
                    LOG.warnf("The adherence habit %d stays with its owner: %s", habit.id(), e.getMessage());
                }
            }
        }
    }

    void doseTaken(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationTaken taken) {
        if (taken.scheduledAt() == null) {
            return; // an extra or as-needed dose is not one the adherence habit counts
        }
        for (HabitView habit : linkedActiveHabits(taken.medId())) {
            afterCommit(() -> completions.complete(habit.id(), CompletionRequest.on(taken.scheduledAt().atZone(zone()).toLocalDate())));
        }
    }

    void doseUndone(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseUndone undone) {
        if (!"taken".equalsIgnoreCase(undone.undoneStatus()) || undone.scheduledAt() == null) {
            return;
        }
        for (HabitView habit : linkedActiveHabits(undone.medId())) {
            afterCommit(() -> completions.undo(habit.id(), undone.scheduledAt().atZone(zone()).toLocalDate()));
        }
    }

    void medicationRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationRemoved removed) {
        linkedActiveHabits(removed.medId()).forEach(habit -> afterCommit(() -> habits.archive(habit.id())));
    }

    private List<HabitView> linkedActiveHabits(long medicationId) {
        if (!enabled) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(
                () -> habits.forMedication(medicationId).stream().filter(HabitView::active).toList());
    }

    /**
     * The meds transaction has committed but is still bound to this thread, so the habits change
     * runs in a transaction of its own.
     */
    private static void afterCommit(Runnable change) {
        QuarkusTransaction.requiringNew().run(change);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
