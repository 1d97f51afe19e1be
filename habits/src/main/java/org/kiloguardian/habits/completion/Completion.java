package org.kiloguardian.habits.completion;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The log of one habit on one household-local date. Written only through the atomic statements of
 * {@link CompletionRepository}; read as an entity.
 */
@Entity
@Table(schema = "habits", name = "completion")
public class Completion {

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
}
