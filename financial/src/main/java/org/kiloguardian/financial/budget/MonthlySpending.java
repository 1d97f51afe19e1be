package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What a category spent per month: expenses less refunds, transfers excluded, whole days of the month. */
@ApplicationScoped
class MonthlySpending {

    /** For the native spending SQL, which Panache cannot express. */
    private final EntityManager em;

    MonthlySpending(EntityManager em) {
        this.em = em;
    }

    /** Spending per month from {@code first} to {@code last}, both months whole; months without any are absent. */
    Map<YearMonth, BigDecimal> of(long categoryId, YearMonth first, YearMonth last) {
        return of(List.of(categoryId), first, last).getOrDefault(categoryId, Map.of());
    }

    /** The same for several categories in one query (a list of budgets): by category id. */
    Map<Long, Map<YearMonth, BigDecimal>> of(Collection<Long> categoryIds, YearMonth first, YearMonth last) {
        Map<Long, Map<YearMonth, BigDecimal>> spent = new HashMap<>();
        if (categoryIds.isEmpty()) {
            return spent;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select category_id, to_char(booked_on, 'YYYY-MM'), -sum(amount)
                  from financial.transaction
                 where category_id in (?1) and type <> 'TRANSFER' and booked_on between ?2 and ?3
                 group by 1, 2
                """)
                .setParameter(1, categoryIds).setParameter(2, first.atDay(1)).setParameter(3, last.atEndOfMonth())
                .getResultList();
        rows.forEach(row -> spent.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                .put(YearMonth.parse((String) row[1]), (BigDecimal) row[2]));
        return spent;
    }
}
