package org.kiloguardian.ui.finance;

import java.time.Clock;
import java.time.YearMonth;

import org.kiloguardian.financial.budget.BudgetRequest;
import org.kiloguardian.financial.budget.BudgetService;
import org.kiloguardian.financial.budget.BudgetStatusService;
import org.kiloguardian.financial.budget.BudgetView;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.category.CategoryView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

import jakarta.enterprise.context.Dependent;

/** Monthly limits per category, with this month's usage. */
@Dependent
public class BudgetsTab extends VerticalLayout {

    private final BudgetService budgets;
    private final BudgetStatusService statuses;
    private final CategoryService categories;
    private final HouseholdFormat format;
    private final Clock clock;
    private final Div list = new Div();

    BudgetsTab(BudgetService budgets, BudgetStatusService statuses, CategoryService categories, HouseholdFormat format,
            Clock clock) {
        this.budgets = budgets;
        this.statuses = statuses;
        this.categories = categories;
        this.format = format;
        this.clock = clock;
        setPadding(false);
        Button add = new Button("Add a budget", VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-budget");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)").set("max-width", "48rem");
        add(add, list);
        refresh();
    }

    public void refresh() {
        list.removeAll();
        var views = budgets.list();
        if (views.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.PIGGY_BANK, "No budgets yet", "Pick a category and a monthly limit to start."));
            return;
        }
        var thisMonth = statuses.statusFor(YearMonth.now(clock));
        for (BudgetView budget : views) {
            HorizontalLayout row = new HorizontalLayout();
            row.setWidthFull();
            thisMonth.stream().filter(s -> s.budgetId().equals(budget.id())).findFirst()
                    .ifPresent(status -> {
                        BudgetBar bar = new BudgetBar(status, format);
                        bar.getStyle().set("flex", "1");
                        row.add(bar);
                    });
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(budget));
            edit.setAriaLabel("Edit the " + budget.category() + " budget");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Remove the " + budget.category() + " budget?",
                    "Its transactions stay; only the limit goes.", "Remove", () -> {
                        new FieldErrors().attempt(() -> budgets.delete(budget.id()));
                    }));
            delete.setAriaLabel("Remove the " + budget.category() + " budget");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            row.add(edit, delete);
            list.add(row);
        }
    }

    private void openEditor(BudgetView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New budget" : "Budget for " + existing.category());
        ComboBox<String> category = new ComboBox<>("Category");
        category.setItems(categories.list().stream().map(CategoryView::name).toList());
        BigDecimalField limit = new BigDecimalField("Monthly limit (" + format.currency().getCurrencyCode() + ")");
        Checkbox rollover = new Checkbox("Carry what is left into the next month");
        if (existing != null) {
            category.setValue(existing.category());
            limit.setValue(existing.monthlyLimit());
            rollover.setValue(existing.rollover());
        }
        FieldErrors errors = new FieldErrors().bind("category", category).bind("monthlyLimit", limit);
        Button save = new Button("Save", click -> {
            BudgetRequest request = new BudgetRequest(category.getValue(), limit.getValue(), rollover.getValue(),
                    existing == null ? null : existing.startMonth().toString());
            if (errors.attempt(() -> {
                if (existing == null) {
                    budgets.create(request);
                } else {
                    budgets.update(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Budget saved");
            }
        });
        dialog.add(new FormLayout(category, limit, rollover));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }
}
