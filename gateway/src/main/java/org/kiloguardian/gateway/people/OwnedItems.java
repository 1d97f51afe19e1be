package org.kiloguardian.gateway.people;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.people.person.Belongings;

/** What a person owns in the other modules: someone with habits or medications is deactivated, never deleted. */
@ApplicationScoped
public class OwnedItems implements Belongings {

    private final HabitService habits;
    private final MedicationService medications;

    OwnedItems(HabitService habits, MedicationService medications) {
        this.habits = habits;
        this.medications = medications;
    }

    @Override
    public long count(long personId) {
        return habits.countOwnedBy(personId) + medications.countOwnedBy(personId);
    }

    @Override
    public String describe(long personId) {
        List<String> parts = new ArrayList<>();
        long habitCount = habits.countOwnedBy(personId);
        long medicationCount = medications.countOwnedBy(personId);
        if (habitCount > 0) {
            parts.add(habitCount + (habitCount == 1 ? " habit" : " habits"));
        }
        if (medicationCount > 0) {
            parts.add(medicationCount + (medicationCount == 1 ? " medication" : " medications"));
        }
        return String.join(" and ", parts);
    }
}
