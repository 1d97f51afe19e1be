package org.kiloguardian.habits.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.kiloguardian.habits.completion.Completion;
import org.kiloguardian.habits.habit.Habit;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.SchedulePeriod;
import org.kiloguardian.habits.stats.DayLog;
import org.kiloguardian.rest.PersonFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Today's checklist. Daily habits are always on it, weekday habits on their days; "N times per"
 * habits stay on it until the week's or month's quota is met, and on the day that met it.
 */
@ApplicationScoped
public class TodayService {

    private final Clock clock;
    private final Owners owners;
    private final KeptChecklist kept;

    TodayService(Clock clock, Owners owners, KeptChecklist kept) {
        this.owners = owners;
        this.clock = clock;
        this.kept = kept;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @ActivateRequestContext
    public List<TodayEntry> today() {
        return today(PersonFilter.everyone());
    }

    /**
     * The checklist of one person, of the caller ({@code me}), of the shared habits, or of everyone.
     * The household's list is read once between two changes ({@link KeptChecklist}), in a transaction
     * of its own: committed rows only, and none of the entities a long request's session may hold from
     * before a change. Each caller gets its owners' part of it. No transaction of its own otherwise (a
     * kept list needs none), and a request context of its own when called from a push or an event thread.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @ActivateRequestContext
    public List<TodayEntry> today(PersonFilter person) {
        Predicate<Long> owner = owners.select(person);
        LocalDate today = LocalDate.now(clock);
        List<TodayEntry> household = kept.of(today, () -> QuarkusTransaction.requiringNew().call(() -> householdOn(today)));
        return household.stream().filter(entry -> owner.test(entry.personId())).toList();
    }

    /** Every active habit's entry: an entry depends on its own habit only, so an owner's list is a part of it. */
    private static List<TodayEntry> householdOn(LocalDate today) {
        List<Habit> active = Habit.listActiveReadOnly();
        Map<Long, List<Completion>> byHabit = completionsNeeded(active, today).stream()
                .collect(Collectors.groupingBy(c -> c.id.habitId()));
        List<TodayEntry> entries = new ArrayList<>();
        for (Habit habit : active) {
            Schedule schedule = habit.schedule();
            if (!schedule.expects(today)) {
                continue;
            }
            DayLog log = DayLog.of(byHabit.getOrDefault(habit.id, List.of()), habit.targetCount);
            Integer periodCompleted = null;
            Integer periodTarget = null;
            if (schedule.type().countsPeriods()) {
                SchedulePeriod period = schedule.periodOf(today);
                periodCompleted = (int) period.first().datesUntil(today.plusDays(1)).filter(log::done).count();
                periodTarget = period.required();
                if (periodCompleted >= periodTarget && log.count(today) == 0) {
                    continue; // quota met on an earlier day: nothing to do today
                }
            }
            entries.add(new TodayEntry(habit.id, habit.name, habit.targetCount, log.count(today), log.done(today),
                    log.excused(today), List.copyOf(habit.reminderTimes), habit.medicationId, habit.personId, periodCompleted,
                    periodTarget));
        }
        return entries;
    }

    /**
     * Today's completions of every habit, and the earlier days of the running week or month only for
     * the "N times per" habits that count them: a daily habit needs one row, not a month of them.
     */
    private static List<Completion> completionsNeeded(List<Habit> active, LocalDate today) {
        Set<Long> ids = active.stream().map(h -> h.id).collect(Collectors.toSet());
        List<Completion> needed = Completion.allOn(today).stream().filter(c -> ids.contains(c.id.habitId()))
                .collect(Collectors.toCollection(ArrayList::new));
        List<Habit> periodic = active.stream().filter(h -> h.schedule().type().countsPeriods()).toList();
        if (!periodic.isEmpty()) {
            LocalDate from = periodic.stream().map(h -> h.schedule().periodOf(today).first()).min(LocalDate::compareTo).orElseThrow();
            if (from.isBefore(today)) {
                needed.addAll(Completion.between(periodic.stream().map(h -> h.id).toList(), from, today.minusDays(1)));
            }
        }
        return needed;
    }
}
