package org.kiloguardian.habits.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The log of one habit on one household-local date. Written only by single SQL statements that read
 * and write the row at once ({@code INSERT ... ON CONFLICT DO UPDATE}, {@code UPDATE ... RETURNING}):
 * two people pressing "done" at the same moment both count, without a lock held across a round trip.
 * Those statements are native SQL through the entity manager, since Panache has no upsert nor
 * RETURNING; reads are plain Panache queries.
 */
@Entity
@Table(schema = "habits", name = "completion")
public class Completion extends PanacheEntityBase {

    @EmbeddedId
    public CompletionId id;

    @Column(name = "done_count", nullable = false)
    public int count;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    public CompletionStatus status;

    @Column(length = 500)
    public String note;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Completion() {
    }

    Completion(long habitId, LocalDate day, int count, CompletionStatus status, String note) {
        this.id = new CompletionId(habitId, day);
        this.count = count;
        this.status = status;
        this.note = note;
    }

    public LocalDate day() {
        return id.day();
    }

    /** Done means the day's count reached the habit's target, whatever the status says. */
    public boolean reaches(int targetCount) {
        return count >= targetCount;
    }

    /** Skipped and not done anyway: the day is excused. */
    public boolean excused(int targetCount) {
        return status == CompletionStatus.SKIPPED && !reaches(targetCount);
    }

    /** Adds {@code count} to the day (creating it), marks it completed, keeps the old note unless given one. */
    public static Completion add(long habitId, LocalDate day, int count, String note, Instant now) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                INSERT INTO habits.completion AS c (habit_id, day, done_count, status, note, updated_at)
                VALUES (:habit, :day, :count, 'COMPLETED', CAST(:note AS VARCHAR), :now)
                ON CONFLICT (habit_id, day) DO UPDATE
                   SET done_count = c.done_count + EXCLUDED.done_count,
                       status = 'COMPLETED',
                       note = COALESCE(EXCLUDED.note, c.note),
                       updated_at = EXCLUDED.updated_at
                RETURNING c.done_count, c.status, c.note""")
                .setParameter("habit", habitId).setParameter("day", day).setParameter("count", count)
                .setParameter("note", note).setParameter("now", now)
                .getSingleResult();
        return fromRow(habitId, day, row);
    }

    /** Marks the day skipped; a count already there stays (and still makes the day done). */
    public static Completion skip(long habitId, LocalDate day, String note, Instant now) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                INSERT INTO habits.completion AS c (habit_id, day, done_count, status, note, updated_at)
                VALUES (:habit, :day, 0, 'SKIPPED', CAST(:note AS VARCHAR), :now)
                ON CONFLICT (habit_id, day) DO UPDATE
                   SET status = 'SKIPPED',
                       note = COALESCE(EXCLUDED.note, c.note),
                       updated_at = EXCLUDED.updated_at
                RETURNING c.done_count, c.status, c.note""")
                .setParameter("habit", habitId).setParameter("day", day)
                .setParameter("note", note).setParameter("now", now)
                .getSingleResult();
        return fromRow(habitId, day, row);
    }

    /**
     * Takes back the last completion of the day; on a day with no count left it takes back the skip.
     * A completed day that drops to zero disappears. Empty when there was nothing to undo.
     */
    public static Optional<Completion> undo(long habitId, LocalDate day, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> decremented = getEntityManager().createNativeQuery("""
                UPDATE habits.completion
                   SET done_count = done_count - 1, updated_at = :now
                 WHERE habit_id = :habit AND day = :day AND done_count > 0
                RETURNING done_count, status, note""")
                .setParameter("habit", habitId).setParameter("day", day).setParameter("now", now)
                .getResultList();
        if (!decremented.isEmpty()) {
            Completion left = fromRow(habitId, day, decremented.get(0));
            if (left.count == 0 && left.status == CompletionStatus.COMPLETED && deleteIfEmpty(habitId, day) > 0) {
                return Optional.of(new Completion(habitId, day, 0, null, null));
            }
            return Optional.of(left);
        }
        int undoneSkips = deleteIfEmpty(habitId, day);
        return undoneSkips == 0 ? Optional.empty() : Optional.of(new Completion(habitId, day, 0, null, null));
    }

    public static Optional<Completion> on(long habitId, LocalDate day) {
        return find("id.habitId = ?1 and id.day = ?2", habitId, day).firstResultOptional();
    }

    public static List<Completion> between(long habitId, LocalDate from, LocalDate to) {
        return list("id.habitId = ?1 and id.day between ?2 and ?3 order by id.day", habitId, from, to);
    }

    /**
     * Every habit's completion on one day, as read-only copies. No list of habit ids: Hibernate
     * translates a query with a multi-valued parameter to SQL again on every execution, which was
     * most of the checklist's query time (docs/performance.md); a day has one row per habit at most.
     */
    public static List<Completion> allOn(LocalDate day) {
        return readOnly("c.id.day = ?1", day);
    }

    /** The completions of these habits between two days, as read-only copies (see {@link #readOnly}). */
    public static List<Completion> between(Collection<Long> habitIds, LocalDate from, LocalDate to) {
        if (habitIds.isEmpty()) {
            return List.of();
        }
        return readOnly("c.id.habitId in ?1 and c.id.day between ?2 and ?3", habitIds, from, to);
    }

    /** Every completion of these habits up to {@code to}, oldest first: their whole history, in one query, as read-only copies. */
    public static List<Completion> upTo(Collection<Long> habitIds, LocalDate to) {
        if (habitIds.isEmpty()) {
            return List.of();
        }
        return readOnly("c.id.habitId in ?1 and c.id.day <= ?2 order by c.id.day", habitIds, to);
    }

    /**
     * Rows of a checklist or statistics read as plain copies, not managed entities: hundreds of them per
     * request, and managing them (persistence context, dirty check, the auto-flush before the query) was
     * most of {@code /api/habits/today}'s CPU (docs/performance.md). Changing a copy changes nothing.
     */
    private static List<Completion> readOnly(String where, Object... parameters) {
        TypedQuery<Completion> query = getEntityManager().createQuery(
                "select new " + Completion.class.getName() + "(c.id.habitId, c.id.day, c.count, c.status, c.note) from Completion c where " + where,
                Completion.class).setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** Only a row with nothing counted: a concurrent completion in between keeps its row. */
    private static int deleteIfEmpty(long habitId, LocalDate day) {
        return getEntityManager().createNativeQuery("DELETE FROM habits.completion WHERE habit_id = :habit AND day = :day AND done_count = 0")
                .setParameter("habit", habitId).setParameter("day", day).executeUpdate();
    }

    private static Completion fromRow(long habitId, LocalDate day, Object[] row) {
        return new Completion(habitId, day, ((Number) row[0]).intValue(), CompletionStatus.valueOf((String) row[1]), (String) row[2]);
    }
}
