package org.kiloguardian.habits.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.database.kept.KeptReads;
import org.kiloguardian.habits.event.HabitEvent;

/**
 * The whole household's checklist of a day, kept until a habit or a completion changes: dashboards,
 * tablets and scripts ask for it many times between two changes, and building it was the whole cost
 * of {@code GET /api/habits/today} (docs/performance.md). Every change fires a {@link HabitEvent}.
 */
@ApplicationScoped
class KeptChecklist {

    /** Today's list, and yesterday's for a moment after midnight. */
    private final KeptReads<LocalDate, List<TodayEntry>> kept = new KeptReads<>(2, Duration.ofMinutes(1));

    List<TodayEntry> of(LocalDate day, Supplier<List<TodayEntry>> read) {
        return kept.get(day, () -> List.copyOf(read.get()));
    }

    void changing(@Observes HabitEvent changed) {
        kept.changing();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) HabitEvent changed) {
        kept.changed();
    }
}
