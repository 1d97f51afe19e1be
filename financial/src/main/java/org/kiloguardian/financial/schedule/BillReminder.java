package org.kiloguardian.financial.schedule;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.kiloguardian.financial.alert.AlertLedger;
import org.kiloguardian.financial.alert.AlertWording;
import org.kiloguardian.financial.config.FinancialConfig;
import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.money.HouseholdCurrency;

/**
 * Fires {@link BillDueSoon} for every unpaid bill due from today up to the lead days ahead, once
 * per bill and due date (claimed in the alert ledger, so a restart does not repeat it). Overdue
 * bills were announced when they came near.
 */
@ApplicationScoped
public class BillReminder {

    private final ScheduleService schedules;
    private final AlertLedger ledger;
    private final Event<BillDueSoon> dueSoon;
    private final HouseholdCurrency currency;
    private final Clock clock;
    private final int leadDays;
    private final AlertWording wording;

    BillReminder(ScheduleService schedules, AlertLedger ledger, Event<BillDueSoon> dueSoon, HouseholdCurrency currency,
            Clock clock, FinancialConfig config, AlertWording wording) {
        this.wording = wording;
        this.schedules = schedules;
        this.ledger = ledger;
        this.dueSoon = dueSoon;
        this.currency = currency;
        this.clock = clock;
        this.leadDays = config.bills().dueSoonDays();
    }

    /** Returns how many reminders went out. */
    @Transactional
    public int remindDueSoon() {
        int sent = 0;
        for (UpcomingBill bill : schedules.upcoming(leadDays)) {
            if (!bill.overdue() && ledger.firstTime("BILL_DUE", bill.billId(), bill.dueDate().toString())) {
                dueSoon.fire(new BillDueSoon(bill.billId(), bill.name(), bill.dueDate(), bill.amount(), currency.code(),
                        Instant.now(clock), BillDueSoon.message(bill.name(), bill.dueDate(), bill.amount(), wording)));
                sent++;
            }
        }
        return sent;
    }
}
