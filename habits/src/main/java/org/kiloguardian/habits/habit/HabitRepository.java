package org.kiloguardian.habits.habit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HabitRepository implements PanacheRepository<Habit> {

    /** The habit, or an {@link EntityNotFoundException} that the gateway answers with a 404. */
    public Habit require(long id) {
        return findByIdOptional(id).orElseThrow(() -> new EntityNotFoundException("No habit with id " + id + "."));
    }

    public List<Habit> listAll(Boolean active) {
        Sort byName = Sort.by("name").and("id");
        return active == null ? listAll(byName) : list("active", byName, active);
    }

    public List<Habit> listActive() {
        return listAll(Boolean.TRUE);
    }

    /** Active habits linked to a medication of module meds. */
    public List<Habit> listActiveForMedication(long medicationId) {
        return list("active = true and medicationId = ?1", Sort.by("name"), medicationId);
    }

    /** The owner's active habit with this name (case-insensitive), other than {@code exceptId}; a null owner: the shared ones. */
    public Optional<Habit> findActiveNamed(String name, Long personId, Long exceptId) {
        long except = exceptId == null ? -1L : exceptId;
        return personId == null
                ? find("active = true and lower(name) = lower(?1) and personId is null and id <> ?2", name, except).firstResultOptional()
                : find("active = true and lower(name) = lower(?1) and personId = ?2 and id <> ?3", name, personId, except)
                        .firstResultOptional();
    }

    /** Habits of this person, archived ones too. */
    public long countOwnedBy(long personId) {
        return count("personId", personId);
    }
}
