package org.kiloguardian.financial.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSource;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchedulesTest {

    @Inject
    ScheduleService schedules;
    @Inject
    Materialiser materialiser;
    @Inject
    BillReminder reminder;
    @Inject
    TransactionService transactions;
    @Inject
    AccountService accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedEvents events;
    @Inject
    HouseholdClock clock;
    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        events.clear();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void materialisesEachDueDateOfARecurringTransactionExactlyOnceEvenAfterARestart() {
        long account = fixtures.account("0");
        clock.today(LocalDate.of(2026, 1, 10));
        ScheduleView rent = schedules.create(ScheduleKind.RECURRING, new ScheduleRequest("Rent", new BigDecimal("-950.00"),
                account, null, "Landlord", Frequency.MONTHLY, 31, null, LocalDate.of(2026, 1, 31), null, true));

        clock.today(LocalDate.of(2026, 4, 15));
        materialiser.materialiseDue();
        materialiser.materialiseDue();
        // a crash after booking but before next_due moved on: the unique key still stops a second booking
        rewindNextDue(rent.id(), LocalDate.of(2026, 1, 31));
        materialiser.materialiseDue();

        List<OccurrenceView> history = schedules.history(ScheduleKind.RECURRING, rent.id());
        assertThat(history).extracting(OccurrenceView::dueDate).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 1, 31));
        assertThat(history).allSatisfy(o -> assertThat(o.status()).isEqualTo(OccurrenceStatus.POSTED));
        assertThat(schedules.get(ScheduleKind.RECURRING, rent.id()).nextDue()).isEqualTo(LocalDate.of(2026, 4, 30));
        TransactionView booked = transactions.get(history.get(0).transactionId());
        assertThat(booked.source()).isEqualTo(TransactionSource.RECURRING);
        assertThat(booked.createdBy()).isEqualTo("recurring");
        assertThat(booked.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(accounts.get(account).balance()).isEqualByComparingTo("-2850.00");
        assertThat(schedules.upcomingRecurring(20)).filteredOn(u -> u.recurringId().equals(rent.id()))
                .extracting(UpcomingRecurring::dueDate).containsExactly(LocalDate.of(2026, 4, 30));
    }

    @Test
    void concurrentRunsBookEachDueDateOnce() throws Exception {
        long account = fixtures.account("0");
        clock.today(LocalDate.of(2026, 5, 1));
        schedules.create(ScheduleKind.RECURRING, new ScheduleRequest("Pocket money", new BigDecimal("-5"), account, null, null,
                Frequency.WEEKLY, null, null, LocalDate.of(2026, 5, 1), null, true));
        clock.today(LocalDate.of(2026, 6, 30));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> run = materialiser::materialiseDue;
            pool.invokeAll(List.of(run, run, run));
        } finally {
            pool.shutdown();
        }

        // 1 May to 26 June: nine Fridays
        assertThat(accounts.get(account).balance()).isEqualByComparingTo("-45");
    }

    @Test
    void billsWaitToBePaidAndShowWhatIsDue() {
        long account = fixtures.account("100");
        clock.today(LocalDate.of(2026, 3, 1));
        ScheduleView power = schedules.create(ScheduleKind.BILL, new ScheduleRequest("Power", new BigDecimal("80.50"), account,
                null, "Stadtwerke", Frequency.MONTHLY, 5, null, null, null, true));

        clock.today(LocalDate.of(2026, 4, 10));
        materialiser.materialiseDue();

        assertThat(accounts.get(account).balance()).isEqualByComparingTo("100");
        List<UpcomingBill> upcoming = schedules.upcoming(30).stream().filter(b -> b.billId().equals(power.id())).toList();
        assertThat(upcoming).extracting(UpcomingBill::dueDate, UpcomingBill::status, UpcomingBill::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 5), "due", true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 5), "due", true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 5), "upcoming", false));

        OccurrenceView paid = schedules.pay(power.id(), null);
        assertThat(paid.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(paid.status()).isEqualTo(OccurrenceStatus.PAID);
        assertThat(transactions.get(paid.transactionId()).amount()).isEqualByComparingTo("-80.50");
        assertThat(accounts.get(account).balance()).isEqualByComparingTo("19.50");

        assertThatThrownBy(() -> schedules.pay(power.id(), new PayRequest(LocalDate.of(2026, 3, 5), null, null, null)))
                .isInstanceOf(Conflict.class);

        // paying ahead: the scheduler will not raise that due date again
        schedules.pay(power.id(), new PayRequest(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 4, 10), new BigDecimal("79"), null));
        clock.today(LocalDate.of(2026, 5, 6));
        materialiser.materialiseDue();
        assertThat(schedules.history(ScheduleKind.BILL, power.id())).extracting(OccurrenceView::dueDate, OccurrenceView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 5), OccurrenceStatus.PAID),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 5), OccurrenceStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 5), OccurrenceStatus.PAID));
    }

    @Test
    void remindsOfABillDueWithinTwoDaysOnce() {
        long account = fixtures.account("0");
        clock.today(LocalDate.of(2026, 7, 1));
        ScheduleView water = schedules.create(ScheduleKind.BILL, new ScheduleRequest(Fixtures.unique("Water"),
                new BigDecimal("30"), account, null, null, Frequency.EVERY_N_DAYS, null, 90, LocalDate.of(2026, 7, 10), null, true));

        clock.today(LocalDate.of(2026, 7, 7));
        reminder.remindDueSoon();
        assertThat(events.of(BillDueSoon.class)).noneMatch(e -> e.billId() == water.id());

        clock.today(LocalDate.of(2026, 7, 8));
        reminder.remindDueSoon();
        reminder.remindDueSoon();
        assertThat(events.of(BillDueSoon.class)).filteredOn(e -> e.billId() == water.id()).singleElement()
                .satisfies(e -> {
                    assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 7, 10));
                    assertThat(e.amount()).isEqualByComparingTo("30");
                    assertThat(e.currency()).isEqualTo("EUR");
                    assertThat(e.message()).isEqualTo(water.name() + " (€30.00) is due on 10 Jul 2026.");
                });
    }

    @Transactional
    void rewindNextDue(long scheduleId, LocalDate nextDue) {
        em.createNativeQuery("update financial.schedule set next_due = ?1 where id = ?2")
                .setParameter(1, nextDue).setParameter(2, scheduleId).executeUpdate();
    }
}
