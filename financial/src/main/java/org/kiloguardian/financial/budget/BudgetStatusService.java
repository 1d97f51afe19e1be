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

    public List<BudgetStatus> statusFor(YearMonth month) {
        return Budget.<Budget>list("order by lower(category.name)").stream().map(budget -> statusOf(budget, month)).toList();
    }

    public Optional<BudgetStatus> statusFor(long categoryId, YearMonth month) {
        return Budget.<Budget>find("category.id", categoryId).firstResultOptional().map(budget -> statusOf(budget, month));
    }

    BudgetStatus statusOf(Budget budget, YearMonth month) {
        YearMonth start = YearMonth.from(budget.startsOn);
        boolean carries = budget.rollover && start.isBefore(month);
        Map<YearMonth, BigDecimal> spent = spending.of(budget.category.id, carries ? start : month, month);
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
