package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.money.Money;
import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.transaction.Booking;
import org.kiloguardian.financial.transaction.Transaction;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSource;
import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;

/** Bills and recurring transactions: writing them, their history, what is due, paying a bill. */
@ApplicationScoped
@Transactional
public class ScheduleService {

    private final AccountService accounts;
    private final CategoryService categories;
    private final TransactionService transactions;
    private final RuleService rules;
    private final Clock clock;
    private final FinanceChanges changes;

    ScheduleService(AccountService accounts, CategoryService categories, TransactionService transactions, RuleService rules,
            Clock clock, FinanceChanges changes) {
        this.accounts = accounts;
        this.categories = categories;
        this.transactions = transactions;
        this.rules = rules;
        this.clock = clock;
        this.changes = changes;
    }

    public List<ScheduleView> list(ScheduleKind kind) {
        return Schedule.<Schedule>list("kind = ?1 order by nextDue nulls last, lower(name)", kind).stream()
                .map(ScheduleView::of).toList();
    }

    public ScheduleView get(ScheduleKind kind, long id) {
        return ScheduleView.of(find(kind, id));
    }

    public ScheduleView create(@NotNull ScheduleKind kind, @NotNull @Valid ScheduleRequest request) {
        Schedule schedule = new Schedule();
        schedule.kind = kind;
        schedule.createdAt = Instant.now(clock);
        apply(schedule, request);
        schedule.nextDue = firstOpenDue(schedule);
        schedule.persist();
        changes.created(kindOf(kind), schedule.id);
        return ScheduleView.of(schedule);
    }

    /** Changing the recurrence starts it afresh from the new start date; due dates already materialised stay. */
    public ScheduleView update(@NotNull ScheduleKind kind, long id, @NotNull @Valid ScheduleRequest request) {
        Schedule schedule = find(kind, id);
        apply(schedule, request);
        schedule.nextDue = firstOpenDue(schedule);
        changes.updated(kindOf(kind), schedule.id);
        return ScheduleView.of(schedule);
    }

    public void delete(ScheduleKind kind, long id) {
        find(kind, id).delete();
        changes.deleted(kindOf(kind), id);
    }

    private static Kind kindOf(ScheduleKind kind) {
        return kind == ScheduleKind.BILL ? Kind.BILL : Kind.RECURRING;
    }

    public List<OccurrenceView> history(ScheduleKind kind, long id) {
        Schedule schedule = find(kind, id);
        return Occurrence.<Occurrence>list("schedule = ?1 order by dueDate desc", schedule).stream()
                .map(OccurrenceView::of).toList();
    }

    /** Unpaid due dates (overdue ones too) and due dates ahead, up to {@code days} days from today. */
    public List<UpcomingBill> upcoming(int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<UpcomingBill> bills = new ArrayList<>();
        Occurrence.<Occurrence>list("schedule.kind = ?1 and status = ?2 and dueDate <= ?3", ScheduleKind.BILL,
                OccurrenceStatus.DUE, until).forEach(o -> bills.add(new UpcomingBill(o.schedule.id, o.schedule.name,
                        o.dueDate, Money.shown(o.amount.abs()), o.schedule.payee, "due", o.dueDate.isBefore(today))));
        for (Schedule bill : Schedule.<Schedule>list("kind = ?1 and active = true and nextDue <= ?2", ScheduleKind.BILL, until)) {
            for (LocalDate due : dueDates(bill, until)) {
                bills.add(new UpcomingBill(bill.id, bill.name, due, Money.shown(bill.amount.abs()), bill.payee,
                        due.isAfter(today) ? "upcoming" : "due", due.isBefore(today)));
            }
        }
        bills.sort(Comparator.comparing(UpcomingBill::dueDate).thenComparing(UpcomingBill::billId));
        return bills;
    }

    /** What recurring transactions will book from today up to {@code days} days ahead, soonest first. */
    public List<UpcomingRecurring> upcomingRecurring(int days) {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        List<UpcomingRecurring> coming = new ArrayList<>();
        for (Schedule recurring : Schedule.<Schedule>list("kind = ?1 and active = true and nextDue <= ?2",
                ScheduleKind.RECURRING, until)) {
            dueDates(recurring, until).forEach(due -> coming.add(new UpcomingRecurring(recurring.id, recurring.name, due,
                    Money.shown(recurring.amount), recurring.payee)));
        }
        coming.sort(Comparator.comparing(UpcomingRecurring::dueDate).thenComparing(UpcomingRecurring::recurringId));
        return coming;
    }

    /** The schedule's open due dates from {@code nextDue} up to {@code until}. */
    private static List<LocalDate> dueDates(Schedule schedule, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate due = schedule.nextDue; due != null && !due.isAfter(until); due = nextOrNull(schedule, due)) {
            dates.add(due);
        }
        return dates;
    }

    /** Books the payment and marks the due date paid; paying one already paid is a conflict (409). */
    public OccurrenceView pay(long billId, PayRequest request) {
        PayRequest pay = request == null ? PayRequest.defaults() : request;
        Schedule bill = Schedule.findById(billId, LockModeType.PESSIMISTIC_WRITE);
        if (bill == null || bill.kind != ScheduleKind.BILL) {
            throw new NotFound("No bill with id " + billId + ".");
        }
        Occurrence occurrence = pay.dueDate() != null ? occurrenceOn(bill, pay.dueDate()) : oldestUnpaidOrNext(bill);
        if (occurrence.status == OccurrenceStatus.PAID) {
            throw new Conflict("The bill " + bill.name + " due on " + occurrence.dueDate + " is already paid.");
        }
        Account account = pay.accountId() != null ? accounts.find(pay.accountId()) : bill.account;
        BigDecimal amount = pay.amount() != null ? pay.amount().negate() : occurrence.amount;
        Transaction payment = transactions.book(new Booking(account, pay.paidOn() != null ? pay.paidOn() : LocalDate.now(clock),
                amount, bill.name, bill.payee, bill.category, List.of("bill"), null, TransactionSource.RECURRING, null),
                rules.ruleSet());
        occurrence.status = OccurrenceStatus.PAID;
        occurrence.transactionId = payment.id;
        occurrence.settledOn = payment.date;
        changes.updated(Kind.BILL, bill.id);
        return OccurrenceView.of(occurrence);
    }

    Schedule find(ScheduleKind kind, long id) {
        Schedule schedule = Schedule.findById(id);
        if (schedule == null || schedule.kind != kind) {
            throw new NotFound("No " + (kind == ScheduleKind.BILL ? "bill" : "recurring transaction")
                    + " with id " + id + ".");
        }
        return schedule;
    }

    private Occurrence occurrenceOn(Schedule bill, LocalDate dueDate) {
        Occurrence existing = Occurrence.find("schedule = ?1 and dueDate = ?2", bill, dueDate).firstResult();
        if (existing != null) {
            return existing;
        }
        if (!dueDate.equals(bill.nextDue)) {
            throw new InvalidInput("dueDate", dueDate + " is not a due date of " + bill.name
                    + " that can be paid; the next one is " + bill.nextDue + ".");
        }
        return materialiseNext(bill);
    }

    private Occurrence oldestUnpaidOrNext(Schedule bill) {
        Occurrence oldest = Occurrence.find("schedule = ?1 and status = ?2 order by dueDate", bill, OccurrenceStatus.DUE)
                .firstResult();
        if (oldest != null) {
            return oldest;
        }
        if (bill.nextDue == null) {
            throw new Conflict("The bill " + bill.name + " has ended and has nothing left to pay.");
        }
        return materialiseNext(bill);
    }

    /** Paying ahead: the next due date is materialised now, so the scheduler will not raise it again. */
    private Occurrence materialiseNext(Schedule bill) {
        Occurrence occurrence = new Occurrence();
        occurrence.schedule = bill;
        occurrence.dueDate = bill.nextDue;
        occurrence.amount = bill.amount;
        occurrence.status = OccurrenceStatus.DUE;
        occurrence.createdAt = Instant.now(clock);
        occurrence.persist();
        bill.advancePast(occurrence.dueDate);
        return occurrence;
    }

    private void apply(Schedule schedule, ScheduleRequest request) {
        schedule.name = request.name().trim();
        schedule.amount = schedule.kind == ScheduleKind.BILL ? request.amount().abs().negate() : request.amount();
        schedule.account = request.accountId() == null ? accounts.defaultAccount() : accounts.find(request.accountId());
        schedule.category = request.category() == null || request.category().isBlank() ? null
                : categories.resolve(request.category());
        schedule.payee = request.payee() == null || request.payee().isBlank() ? null : request.payee().trim();
        schedule.frequency = request.frequency();
        schedule.dayOfMonth = request.frequency() == Frequency.MONTHLY ? request.dayOfMonth() : null;
        schedule.intervalDays = request.frequency() == Frequency.EVERY_N_DAYS ? request.intervalDays() : null;
        schedule.startDate = request.startDate() != null ? request.startDate() : LocalDate.now(clock);
        schedule.endDate = request.endDate();
        schedule.active = request.active() == null || request.active();
    }

    /** The first due date from the start that has not been materialised yet (none for a new schedule). */
    private static LocalDate firstOpenDue(Schedule schedule) {
        LocalDate due = schedule.recurrence().first();
        if (schedule.id != null) {
            LocalDate last = Occurrence.find("schedule = ?1 order by dueDate desc", schedule).<Occurrence>firstResultOptional()
                    .map(o -> o.dueDate).orElse(null);
            while (last != null && !due.isAfter(last)) {
                due = schedule.recurrence().after(due);
            }
        }
        return schedule.endDate != null && due.isAfter(schedule.endDate) ? null : due;
    }

    private static LocalDate nextOrNull(Schedule schedule, LocalDate due) {
        LocalDate next = schedule.recurrence().after(due);
        return schedule.endDate != null && next.isAfter(schedule.endDate) ? null : next;
    }
}
