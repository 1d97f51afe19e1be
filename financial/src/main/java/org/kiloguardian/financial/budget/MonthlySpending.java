package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What a category spent per month: expenses less refunds, transfers excluded, whole days of the month. */
@ApplicationScoped
class MonthlySpending {

    private final EntityManager em;

    MonthlySpending(EntityManager em) {
        this.em = em;
    }

    /** Spending per month from {@code first} to {@code last}, both months whole; months without any are absent. */
    Map<YearMonth, BigDecimal> of(long categoryId, YearMonth first, YearMonth last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select to_char(booked_on, 'YYYY-MM'), -sum(amount)
                  from financial.transaction
                 where category_id = ?1 and type <> 'TRANSFER' and booked_on between ?2 and ?3
                 group by 1
                """)
                .setParameter(1, categoryId).setParameter(2, first.atDay(1)).setParameter(3, last.atEndOfMonth())
                .getResultList();
        Map<YearMonth, BigDecimal> spent = new HashMap<>();
        rows.forEach(row -> spent.put(YearMonth.parse((String) row[0]), (BigDecimal) row[1]));
        return spent;
    }
}
