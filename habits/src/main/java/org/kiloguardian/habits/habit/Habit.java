package org.kiloguardian.habits.habit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SortNatural;
import org.hibernate.jpa.HibernateHints;
import org.kiloguardian.database.VersionedEntity;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.ScheduleType;
import org.kiloguardian.rest.error.NotFound;

import io.quarkus.panache.common.Sort;

/**
 * Something a member of the household wants to do regularly. Two simultaneous edits of one habit:
 * the second gets a 409 instead of silently winning.
 */
@Entity
@Table(schema = "habits", name = "habit")
public class Habit extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 1000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_type", nullable = false, length = 20)
    public ScheduleType scheduleType = ScheduleType.DAILY;

    @ElementCollection
    @CollectionTable(schema = "habits", name = "habit_weekday", joinColumns = @JoinColumn(name = "habit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 9)
    @SortNatural
    @Fetch(FetchMode.SUBSELECT) // one query for the weekdays of a whole list of habits
    public SortedSet<DayOfWeek> weekdays = new TreeSet<>();

    @Column(name = "schedule_times")
    public Integer scheduleTimes;

    @Column(name = "target_count", nullable = false)
    public int targetCount = 1;

    @ElementCollection
    @CollectionTable(schema = "habits", name = "habit_reminder_time", joinColumns = @JoinColumn(name = "habit_id"))
    @Column(name = "reminder_time", nullable = false)
    @SortNatural
    @Fetch(FetchMode.SUBSELECT)
    public SortedSet<LocalTime> reminderTimes = new TreeSet<>();

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "medication_id")
    public Long medicationId;

    /** The person of module people it belongs to; null: shared by the household. */
    @Column(name = "person_id")
    public Long personId;

    public Schedule schedule() {
        return new Schedule(scheduleType, weekdays.isEmpty() ? null : new TreeSet<>(weekdays), scheduleTimes).normalized();
    }

    public void schedule(Schedule schedule) {
        Schedule normalized = schedule.normalized();
        scheduleType = normalized.type();
        weekdays.clear();
        if (normalized.weekdays() != null) {
            weekdays.addAll(normalized.weekdays());
        }
        scheduleTimes = normalized.times();
    }

    /** The habit, or an {@link NotFound} (a 404). */
    public static Habit require(long id) {
        return Habit.<Habit>findByIdOptional(id).orElseThrow(() -> new NotFound("No habit with id " + id + "."));
    }

    /** Habits by name: all of them, or only active (true) or archived (false) ones. */
    public static List<Habit> byName(Boolean active) {
        Sort byName = Sort.by("name").and("id");
        return active == null ? listAll(byName) : list("active", byName, active);
    }

    /**
     * Active habits by name for a checklist or statistics: loaded read-only, so the commit does not
     * dirty-check them, with their weekdays and reminder times in the same query (one round trip,
     * not one per collection; a few rows per habit). Changes made to them are not saved; edit through {@link #require}.
     */
    public static List<Habit> listActiveReadOnly() {
        return Habit.<Habit>find("select h from Habit h left join fetch h.weekdays left join fetch h.reminderTimes"
                + " where h.active = true order by h.name, h.id").withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Active habits linked to a medication of module meds. */
    public static List<Habit> listActiveForMedication(long medicationId) {
        return list("active = true and medicationId = ?1", Sort.by("name"), medicationId);
    }

    /** The owner's active habit with this name (case-insensitive), other than {@code exceptId}; a null owner: the shared ones. */
    public static Optional<Habit> findActiveNamed(String name, Long personId, Long exceptId) {
        long except = exceptId == null ? -1L : exceptId;
        return personId == null
                ? find("active = true and lower(name) = lower(?1) and personId is null and id <> ?2", name, except).firstResultOptional()
                : find("active = true and lower(name) = lower(?1) and personId = ?2 and id <> ?3", name, personId, except)
                        .firstResultOptional();
    }

    /** Habits of this person, archived ones too. */
    public static long countOwnedBy(long personId) {
        return count("personId", personId);
    }
}
