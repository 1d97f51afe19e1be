package org.kiloguardian.ui.finance;

import java.math.BigDecimal;

import org.kiloguardian.financial.goal.ContributionRequest;
import org.kiloguardian.financial.goal.GoalRequest;
import org.kiloguardian.financial.goal.GoalService;
import org.kiloguardian.financial.goal.GoalView;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.common.Texts;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.enterprise.context.Dependent;

/** Savings goals with their progress; putting money aside for one. */
@Dependent
public class GoalsTab extends VerticalLayout {

    private final GoalService goals;
    private final HouseholdFormat format;
    private final Div list = new Div();

    GoalsTab(GoalService goals, HouseholdFormat format) {
        this.goals = goals;
        this.format = format;
        setPadding(false);
        Button add = new Button("Add a goal", VaadinIcon.PLUS.create(), click -> openEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setWidthFull();
        list.getStyle().set("max-width", "48rem");
        add(add, list);
        refresh();
    }

    public void refresh() {
        list.removeAll();
        var all = goals.list();
        if (all.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.FLAG_CHECKERED, "No savings goals yet", "Name something you are saving for, and how much it needs."));
            return;
        }
        for (GoalView goal : all) {
            Button contribute = new Button("Put money aside", click -> contribute(goal));
            contribute.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Delete the goal " + goal.name() + "?",
                    "Its history of contributions goes with it.", "Delete", () -> {
                        if (new FieldErrors().attempt(() -> goals.delete(goal.id()))) {
                            refresh();
                        }
                    }));
            delete.setAriaLabel("Delete " + goal.name());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            String detail = format.money(goal.savedAmount()) + " of " + format.money(goal.targetAmount())
                    + (goal.deadline() == null ? "" : " · by " + format.date(goal.deadline())) + (goal.completed() ? " · reached!" : "");
            list.add(Rows.row("goal-" + goal.id(), goal.name(), detail, contribute, delete));
            BigDecimal percent = goal.progressPercent() == null ? BigDecimal.ZERO : goal.progressPercent();
            ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent.doubleValue()));
            bar.getElement().setAttribute("aria-label", goal.name() + " progress");
            list.add(bar);
        }
    }

    private void contribute(GoalView goal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Put money aside for " + goal.name());
        BigDecimalField amount = new BigDecimalField("Amount (negative takes money out)");
        TextField note = new TextField("Note");
        FieldErrors errors = new FieldErrors().bind("amount", amount).bind("note", note);
        Button save = new Button("Save", click -> {
            if (errors.attempt(() -> goals.contribute(goal.id(), new ContributionRequest(amount.getValue(), null,
                    Texts.blankToNull(note.getValue()))))) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(new FormLayout(amount, note));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }

    private void openEditor() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New savings goal");
        TextField name = new TextField("What for?");
        BigDecimalField target = new BigDecimalField("Target amount");
        BigDecimalField saved = new BigDecimalField("Already saved");
        DatePicker deadline = new DatePicker("By when (optional)");
        deadline.setLocale(format.locale());
        deadline.setMin(StorableDates.FIRST); // the service refuses the rest; the picker marks it at once
        deadline.setMax(StorableDates.LAST);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("targetAmount", target).bind("savedAmount", saved)
                .bind("deadline", deadline);
        Button save = new Button("Save", click -> {
            if (errors.attempt(() -> goals.create(new GoalRequest(name.getValue(), target.getValue(), saved.getValue(), deadline.getValue())))) {
                dialog.close();
                Notices.success("Goal saved");
                refresh();
            }
        });
        dialog.add(new FormLayout(name, target, saved, deadline));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }
}
