package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.financial.money.Money;

/** Budget status for a month: what the REST API, the alerts and the UI's budget bars show. */
@ApplicationScoped
@Transactional
public class BudgetStatusService {

    private final MonthlySpending spending;

    BudgetStatusService(MonthlySpending spending) {
        this.spending = spending;
    }

    /** Every budget's status: one query for the spending of them all, however many there are. */
    public List<BudgetStatus> statusFor(YearMonth month) {
        List<Budget> budgets = Budget.list("select b from Budget b join fetch b.category c order by lower(c.name)");
        YearMonth first = budgets.stream().map(budget -> firstMonthOf(budget, month)).min(YearMonth::compareTo).orElse(month);
        Map<Long, Map<YearMonth, BigDecimal>> spent = spending.of(budgets.stream().map(budget -> budget.category.id).toList(), first, month);
        return budgets.stream().map(budget -> statusOf(budget, month, spent.getOrDefault(budget.category.id, Map.of()))).toList();
    }

    public Optional<BudgetStatus> statusFor(long categoryId, YearMonth month) {
        return Budget.<Budget>find("category.id", categoryId).firstResultOptional().map(budget -> statusOf(budget, month));
    }

    BudgetStatus statusOf(Budget budget, YearMonth month) {
        return statusOf(budget, month, spending.of(budget.category.id, firstMonthOf(budget, month), month));
    }

    /** The first month whose spending the status needs: the budget's start with rollover, else this month. */
    private static YearMonth firstMonthOf(Budget budget, YearMonth month) {
        YearMonth start = YearMonth.from(budget.startsOn);
        return budget.rollover && start.isBefore(month) ? start : month;
    }

    private BudgetStatus statusOf(Budget budget, YearMonth month, Map<YearMonth, BigDecimal> spent) {
        YearMonth start = YearMonth.from(budget.startsOn);
        boolean carries = budget.rollover && start.isBefore(month);
        BigDecimal rolledOver = BigDecimal.ZERO;
        if (carries) {
            // what was left of each earlier month (never a debt) is added to the next one
            for (YearMonth m = start; m.isBefore(month); m = m.plusMonths(1)) {
                BigDecimal available = budget.monthlyLimit.add(rolledOver);
                rolledOver = available.subtract(spentIn(spent, m)).max(BigDecimal.ZERO);
            }
        }
        BigDecimal limit = budget.monthlyLimit.add(rolledOver);
        BigDecimal spentThisMonth = spentIn(spent, month);
        BigDecimal remaining = limit.subtract(spentThisMonth);
        return new BudgetStatus(budget.id, budget.category.name, month, Money.shown(limit), Money.shown(budget.monthlyLimit),
                Money.shown(rolledOver), Money.shown(spentThisMonth), Money.shown(remaining),
                Money.percent(spentThisMonth, limit), spentThisMonth.compareTo(limit) > 0);
    }

    private static BigDecimal spentIn(Map<YearMonth, BigDecimal> spent, YearMonth month) {
        return spent.getOrDefault(month, BigDecimal.ZERO).max(BigDecimal.ZERO);
    }
}
