package org.kiloguardian.financial.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kiloguardian.financial.money.HouseholdCurrency;

@ApplicationScoped
@Transactional
public class ReportService {

    private static final String SUMS = """
            sum(case when t.amount > 0 then t.amount else 0 end),
            sum(case when t.amount < 0 then -t.amount else 0 end)
            """;

    /** For the native report SQL, which Panache cannot express. */
    private final EntityManager em;
    private final HouseholdCurrency currency;

    ReportService(EntityManager em, HouseholdCurrency currency) {
        this.em = em;
        this.currency = currency;
    }

    public Summary summary(LocalDate from, LocalDate to) {
        Totals overall = Totals.of(null, null);
        for (Object[] row : rows("select " + SUMS + " from financial.transaction t where " + range(), from, to)) {
            overall = Totals.of((BigDecimal) row[0], (BigDecimal) row[1]);
        }
        List<CategoryTotals> byCategory = new ArrayList<>();
        for (Object[] row : rows("select c.name, " + SUMS + " from financial.transaction t"
                + " join financial.category c on c.id = t.category_id where " + range()
                + " group by c.name order by sum(t.amount), c.name", from, to)) {
            byCategory.add(CategoryTotals.of((String) row[0], Totals.of((BigDecimal) row[1], (BigDecimal) row[2])));
        }
        Map<YearMonth, Totals> months = new HashMap<>();
        for (Object[] row : rows("select to_char(t.booked_on, 'YYYY-MM'), " + SUMS + " from financial.transaction t where "
                + range() + " group by 1", from, to)) {
            months.put(YearMonth.parse((String) row[0]), Totals.of((BigDecimal) row[1], (BigDecimal) row[2]));
        }
        List<MonthTotals> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.add(MonthTotals.of(month, months.getOrDefault(month, Totals.of(null, null))));
        }
        return new Summary(from, to, currency.code(), overall.income(), overall.expense(), overall.net(), byCategory, byMonth);
    }

    private static String range() {
        return "t.type <> 'TRANSFER' and t.booked_on between ?1 and ?2";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
    }
}
