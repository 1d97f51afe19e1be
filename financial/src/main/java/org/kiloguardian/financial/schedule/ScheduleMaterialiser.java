package org.kiloguardian.financial.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.transaction.Booking;
import org.kiloguardian.financial.transaction.Transaction;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSource;

/**
 * Turns the due dates of one schedule that have arrived into occurrences: a recurring transaction is booked, a bill
 * becomes due. Exactly once, across restarts and concurrent runs: the schedule row is locked, and
 * the occurrence is inserted against the unique (schedule, due date) key, so a due date that was
 * already materialised (say, before a crash that kept next_due from moving) is skipped.
 */
@ApplicationScoped
class ScheduleMaterialiser {

    /** For the due schedules' ids (a projection) and the native claim of an occurrence: what Panache cannot express. */
    private final EntityManager em;
    private final TransactionService transactions;
    private final RuleService rules;
    private final Clock clock;

    ScheduleMaterialiser(EntityManager em, TransactionService transactions, RuleService rules, Clock clock) {
        this.em = em;
        this.transactions = transactions;
        this.rules = rules;
        this.clock = clock;
    }

    /** Ids of the active schedules with a due date up to {@code today} not yet materialised. */
    @Transactional
    List<Long> dueSchedules(LocalDate today) {
        return em.createQuery("select s.id from Schedule s where s.active = true and s.nextDue <= ?1 order by s.id", Long.class)
                .setParameter(1, today).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int materialise(long scheduleId, LocalDate today) {
        Schedule schedule = Schedule.findById(scheduleId, LockModeType.PESSIMISTIC_WRITE);
        int created = 0;
        while (schedule != null && schedule.active && schedule.nextDue != null && !schedule.nextDue.isAfter(today)) {
            LocalDate dueDate = schedule.nextDue;
            if (claim(schedule, dueDate)) {
                Occurrence occurrence = Occurrence.find("schedule = ?1 and dueDate = ?2", schedule, dueDate).firstResult();
                if (schedule.kind == ScheduleKind.RECURRING) {
                    Transaction booked = transactions.book(new Booking(schedule.account, dueDate, schedule.amount, schedule.name,
                            schedule.payee, schedule.category, List.of(), null, TransactionSource.RECURRING, null),
                            rules.ruleSet());
                    occurrence.transactionId = booked.id;
                    occurrence.settledOn = dueDate;
                }
                created++;
            }
            schedule.advancePast(dueDate);
        }
        return created;
    }

    /** Inserts the occurrence unless that due date already has one; true if this call inserted it. */
    private boolean claim(Schedule schedule, LocalDate dueDate) {
        OccurrenceStatus status = schedule.kind == ScheduleKind.RECURRING ? OccurrenceStatus.POSTED : OccurrenceStatus.DUE;
        return em.createNativeQuery("""
                insert into financial.occurrence (schedule_id, due_date, amount, status, created_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (schedule_id, due_date) do nothing
                """)
                .setParameter(1, schedule.id).setParameter(2, dueDate).setParameter(3, schedule.amount)
                .setParameter(4, status.name()).setParameter(5, Instant.now(clock).atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
