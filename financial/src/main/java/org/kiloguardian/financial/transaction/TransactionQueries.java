package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

/**
 * Reads transactions for lists, exports and the UI: filtering, sorting and paging happen in
 * PostgreSQL, never in memory. Reads run in a transaction too, so a caller with a long-lived
 * request (a test, a Vaadin session) never sees stale copies of rows changed since.
 */
@ApplicationScoped
@Transactional
public class TransactionQueries {

    /** The list's count, fetch join, keyset and native queries are built here as JPQL/SQL, beyond what Panache's finders express. */
    private final EntityManager em;

    TransactionQueries(EntityManager em) {
        this.em = em;
    }

    public TransactionPage page(TransactionFilter filter, PageRequest request) {
        Where where = Where.of(filter);
        // the category join only when the filter names one: without it PostgreSQL counts from an index alone
        String from = where.byCategory() ? "select count(t) from Transaction t left join t.category c" : "select count(t) from Transaction t";
        TypedQuery<Long> count = em.createQuery(from + where.clause, Long.class);
        where.bind(count);
        long total = count.getSingleResult();
        List<Transaction> rows = select(filter, request.sort(), request.descending())
                .setFirstResult(Math.multiplyExact(request.page(), request.size()))
                .setMaxResults(request.size())
                .getResultList();
        Map<Long, BigDecimal> running = runningBalances(rows);
        Map<Long, Long> peerAccounts = peerAccounts(rows);
        List<TransactionView> items = rows.stream()
                .map(t -> TransactionView.of(t, peerAccounts.get(t.id), running.get(t.id)))
                .toList();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        return new TransactionPage(items, request.page(), request.size(), total, totalPages);
    }

    /** Every matching transaction in order, one at a time (for exports), without running balances. */
    public void forEach(TransactionFilter filter, TransactionSort sort, boolean descending, Consumer<TransactionView> sink) {
        try (var stream = select(filter, sort, descending).getResultStream()) {
            stream.forEach(t -> sink.accept(TransactionView.of(t, null, null)));
        }
    }

    private TypedQuery<Transaction> select(TransactionFilter filter, TransactionSort sort, boolean descending) {
        Where where = Where.of(filter);
        String direction = descending ? " desc" : " asc";
        String nulls = !sort.nullable ? "" : descending ? " nulls last" : " nulls first";
        TypedQuery<Transaction> query = em.createQuery("select t from Transaction t left join fetch t.category c"
                + " join fetch t.account a" + where.clause
                + " order by " + sort.expression + direction + nulls + ", t.id" + direction, Transaction.class);
        where.bind(query);
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /**
     * Balance of the account after each row: the account's balance less what was booked after the row.
     * Only the rows from the page's oldest day on are summed one by one (a few dozen for the newest
     * page), the account's total comes from an index; a window over the whole account cost ~10 ms per
     * page at 10,000 transactions.
     */
    private Map<Long, BigDecimal> runningBalances(List<Transaction> rows) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        if (rows.isEmpty()) {
            return balances;
        }
        List<Long> ids = rows.stream().map(t -> t.id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                with page as (
                    select account_id, min(booked_on) as since from financial.transaction where id in (:ids) group by account_id),
                balance as (
                    select a.id as account_id, a.opening_balance + coalesce(sum(t.amount), 0) as balance
                    from financial.account a left join financial.transaction t on t.account_id = a.id
                    where a.id in (select account_id from page) group by a.id, a.opening_balance)
                select r.id, b.balance - r.newer from (
                    select t.id, t.account_id, coalesce(sum(t.amount) over (
                        partition by t.account_id order by t.booked_on desc, t.id desc
                        rows between unbounded preceding and 1 preceding), 0) as newer
                    from financial.transaction t join page p on p.account_id = t.account_id and t.booked_on >= p.since) r
                join balance b on b.account_id = r.account_id
                where r.id in (:ids)
                """).setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList();
        result.forEach(row -> balances.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
        return balances;
    }

    private Map<Long, Long> peerAccounts(List<Transaction> rows) {
        Map<Long, Long> peers = new HashMap<>();
        List<Long> peerIds = rows.stream().map(t -> t.transferPeerId).filter(id -> id != null).toList();
        if (peerIds.isEmpty()) {
            return peers;
        }
        Map<Long, Long> accountOfPeer = new HashMap<>();
        em.createQuery("select t.id, t.account.id from Transaction t where t.id in ?1", Object[].class)
                .setParameter(1, peerIds).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> accountOfPeer.put((Long) row[0], (Long) row[1]));
        rows.stream().filter(t -> t.transferPeerId != null)
                .forEach(t -> peers.put(t.id, accountOfPeer.get(t.transferPeerId)));
        return peers;
    }

    /** The where clause of a filter and its parameters, built once and bound to any query. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(TransactionFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            if (filter.from() != null) {
                conditions.add("t.date >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                conditions.add("t.date <= :to");
                parameters.put("to", filter.to());
            }
            if (filter.accountId() != null) {
                conditions.add("t.account.id = :accountId");
                parameters.put("accountId", filter.accountId());
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                conditions.add("lower(c.name) = :category");
                parameters.put("category", filter.category().trim().toLowerCase(Locale.ROOT));
            }
            if (filter.type() != null) {
                conditions.add("t.type = :type");
                parameters.put("type", filter.type());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                conditions.add("(lower(t.description) like :text escape '!' or lower(t.payee) like :text escape '!'"
                        + " or lower(t.notes) like :text escape '!')");
                parameters.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.minAmount() != null) {
                conditions.add("t.amount >= :minAmount");
                parameters.put("minAmount", filter.minAmount());
            }
            if (filter.maxAmount() != null) {
                conditions.add("t.amount <= :maxAmount");
                parameters.put("maxAmount", filter.maxAmount());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }

        boolean byCategory() {
            return parameters.containsKey("category");
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
