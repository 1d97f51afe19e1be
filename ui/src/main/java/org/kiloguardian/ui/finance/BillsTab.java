package org.kiloguardian.ui.finance;

import java.time.Clock;
import java.time.LocalDate;

import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.category.CategoryView;
import org.kiloguardian.financial.schedule.Frequency;
import org.kiloguardian.financial.schedule.PayRequest;
import org.kiloguardian.financial.schedule.ScheduleKind;
import org.kiloguardian.financial.schedule.ScheduleRequest;
import org.kiloguardian.financial.schedule.ScheduleService;
import org.kiloguardian.financial.schedule.ScheduleView;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Texts;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.enterprise.context.Dependent;

/** Bills the household pays regularly: when each is next due, paying one, adding and removing them. */
@Dependent
public class BillsTab extends VerticalLayout {

    private final ScheduleService schedules;
    private final CategoryService categories;
    private final HouseholdFormat format;
    private final Clock clock;
    private final Grid<ScheduleView> grid = new Grid<>(ScheduleView.class, false);

    BillsTab(ScheduleService schedules, CategoryService categories, AccountService accounts, HouseholdFormat format, Clock clock) {
        this.schedules = schedules;
        this.categories = categories;
        this.format = format;
        this.clock = clock;
        setPadding(false);
        Button add = new Button("Add a bill", VaadinIcon.PLUS.create(), click -> openEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-bill");
        grid.setId("bills-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ScheduleView::name).setHeader("Bill").setAutoWidth(true);
        grid.addColumn(b -> format.money(b.amount())).setHeader("Amount").setAutoWidth(true);
        grid.addColumn(b -> b.frequency().name().toLowerCase().replace('_', ' ')).setHeader("How often").setAutoWidth(true);
        grid.addColumn(b -> b.nextDue() == null ? "–" : format.date(b.nextDue())).setHeader("Next due").setAutoWidth(true);
        grid.addComponentColumn(b -> {
            Button pay = new Button("Paid", VaadinIcon.CHECK.create(), click -> {
                if (new FieldErrors().attempt(() -> schedules.pay(b.id(), PayRequestDefaults.forDue(b.nextDue())))) {
                    Notices.success(b.name() + " marked paid");
                    refresh();
                }
            });
            pay.setEnabled(b.nextDue() != null && b.active());
            pay.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Remove the bill " + b.name() + "?",
                    "Payments already booked stay in the transactions.", "Remove", () -> {
                        if (new FieldErrors().attempt(() -> schedules.delete(ScheduleKind.BILL, b.id()))) {
                            refresh();
                        }
                    }));
            delete.setAriaLabel("Remove " + b.name());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(pay, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        add(add, grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(schedules.list(ScheduleKind.BILL));
    }

    private void openEditor() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New bill");
        TextField name = new TextField("Name");
        BigDecimalField amount = new BigDecimalField("Amount");
        ComboBox<Frequency> frequency = new ComboBox<>("How often");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> f.name().toLowerCase().replace('_', ' '));
        frequency.setValue(Frequency.MONTHLY);
        IntegerField interval = new IntegerField("Every how many days");
        interval.setVisible(false);
        frequency.addValueChangeListener(e -> interval.setVisible(e.getValue() == Frequency.EVERY_N_DAYS));
        DatePicker start = new DatePicker("First due date");
        start.setLocale(format.locale());
        start.setMin(StorableDates.FIRST); // the service refuses the rest; the picker marks it at once
        start.setMax(StorableDates.LAST);
        start.setValue(LocalDate.now(clock));
        ComboBox<String> category = new ComboBox<>("Category");
        category.setItems(categories.list().stream().map(CategoryView::name).toList());
        TextField payee = new TextField("Payee");
        FieldErrors errors = new FieldErrors().bind("name", name).bind("amount", amount).bind("frequency", frequency)
                .bind("intervalDays", interval).bind("startDate", start).bind("category", category).bind("payee", payee);
        Button save = new Button("Save", click -> {
            if (errors.attempt(() -> schedules.create(ScheduleKind.BILL, new ScheduleRequest(name.getValue(), amount.getValue(), null,
                    category.getValue(), Texts.blankToNull(payee.getValue()), frequency.getValue(), null, interval.getValue(),
                    start.getValue(), null, true)))) {
                dialog.close();
                Notices.success("Bill saved");
                refresh();
            }
        });
        dialog.add(new FormLayout(name, amount, frequency, interval, start, category, payee));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }

    /** Paying the bill's next due date with its usual amount and account, today. */
    static final class PayRequestDefaults {
        private PayRequestDefaults() {
        }

        static PayRequest forDue(LocalDate dueDate) {
            return new PayRequest(dueDate, null, null, null);
        }
    }
}
