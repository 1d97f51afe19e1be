package org.kiloguardian.ui.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.kiloguardian.financial.budget.BudgetStatus;
import org.kiloguardian.financial.budget.BudgetStatusService;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.finance.BudgetBar;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/** This month's budgets as usage bars: a warning from 90 %, an alert from 100 %. */
@Dependent
public class BudgetsPanel extends Panel {

    private final BudgetStatusService budgets;
    private final HouseholdFormat format;
    private final Clock clock;

    BudgetsPanel(BudgetStatusService budgets, HouseholdFormat format, Clock clock) {
        super("budgets", "Budgets this month");
        this.budgets = budgets;
        this.format = format;
        this.clock = clock;
    }

    @Override
    public void refresh() {
        body.removeAll();
        List<BudgetStatus> statuses = budgets.statusFor(YearMonth.now(clock));
        if (statuses.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.PIGGY_BANK, "No budgets yet",
                    "Give a category such as Groceries a monthly limit, and its spending shows here.", new Anchor("finance", "Set a budget")));
            return;
        }
        statuses.stream()
                .sorted((a, b) -> orZero(b.usagePercent()).compareTo(orZero(a.usagePercent())))
                .forEach(status -> body.add(new BudgetBar(status, format)));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
