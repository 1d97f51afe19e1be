package org.kiloguardian.ui.dashboard;

import java.util.List;

import org.kiloguardian.financial.schedule.PayRequest;
import org.kiloguardian.financial.schedule.ScheduleService;
import org.kiloguardian.financial.schedule.UpcomingBill;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/** Unpaid bills due within two weeks (and overdue ones), each paid with one tap. */
@Dependent
public class BillsPanel extends Panel {

    static final int DAYS_AHEAD = 14;

    private final ScheduleService schedules;
    private final HouseholdFormat format;

    BillsPanel(ScheduleService schedules, HouseholdFormat format) {
        super("bills-due", "Bills due soon");
        this.schedules = schedules;
        this.format = format;
    }

    @Override
    public void refresh() {
        body.removeAll();
        List<UpcomingBill> bills = schedules.upcoming(DAYS_AHEAD);
        if (bills.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.CALENDAR_O, "No bills in the next " + DAYS_AHEAD + " days",
                    "Add rent, power and phone as bills in Finance to be reminded before they are due."));
            return;
        }
        for (UpcomingBill bill : bills) {
            Button pay = new Button("Paid", VaadinIcon.CHECK.create(), click -> {
                if (new FieldErrors().attempt(() -> schedules.pay(bill.billId(), new PayRequest(bill.dueDate(), null, null, null)))) {
                    Notices.success(bill.name() + " marked paid");
                    refresh();
                }
            });
            pay.setId("pay-bill-" + bill.billId());
            pay.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            pay.setAriaLabel("Mark " + bill.name() + " paid");
            var row = Rows.row("bill-" + bill.billId(), bill.name() + " · " + format.money(bill.amount()),
                    "due " + format.shortDate(bill.dueDate()), pay);
            if (bill.overdue()) {
                row.addComponentAtIndex(1, Rows.badge("Overdue", "error"));
            }
            body.add(row);
        }
    }
}
