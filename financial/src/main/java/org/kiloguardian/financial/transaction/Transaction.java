package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import org.kiloguardian.database.VersionedEntity;
import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.account.AccountTotals;
import org.kiloguardian.financial.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Money that came into (positive) or went out of (negative) one account on one day. Its list
 * reads filter, sort and page in PostgreSQL, never in memory; callers outside this package reach
 * them through {@link TransactionService}, which gives them their transaction.
 */
@Entity
@Table(schema = "financial", name = "transaction")
public class Transaction extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "booked_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public TransactionType type;

    @Column(length = 500)
    public String description;

    @Column(length = 200)
    public String payee;

    /** null only for transfers, which are neither spending nor income */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    public Category category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Column(length = 2000)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public TransactionSource source;

    /** the other side of a transfer */
    @Column(name = "transfer_peer_id")
    public Long transferPeerId;

    @Column(name = "bank_reference", length = 100)
    public String bankReference;

    /** The username of whoever entered it, or "import" / "recurring"; null for hand entries older than the column. */
    @Column(name = "created_by", length = 64)
    public String createdBy;

    public String categoryName() {
        return category == null ? null : category.name;
    }

    /** One page of the filtered list, with each row's running balance and the total that matches. */
    public static TransactionPage page(TransactionFilter filter, PageRequest request) {
        FilterClause where = FilterClause.of(filter);
        // whole accounts have their row counts kept; anything narrower is counted
        long total = where.wholeAccounts() ? AccountTotals.rowCount(filter.accountId()) : count(where);
        int first = Math.multiplyExact(request.page(), request.size());
        List<Transaction> rows = select(where, request.sort(), request.descending())
                .range(first, Math.addExact(first, request.size() - 1))
                .list();
        Map<Long, BigDecimal> running = runningBalances(rows);
        Map<Long, Long> peerAccounts = peerAccounts(rows);
        List<TransactionView> items = rows.stream()
                .map(t -> TransactionView.of(t, peerAccounts.get(t.id), running.get(t.id)))
                .toList();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        return new TransactionPage(items, request.page(), request.size(), total, totalPages);
    }

    private static long count(FilterClause where) {
        // JPQL via the entity manager: Panache's count(query) would rewrite this tuned count into its own.
        // The category join only when the filter names one: without it PostgreSQL counts from an index alone.
        String from = where.byCategory() ? "select count(t) from Transaction t left join t.category c" : "select count(t) from Transaction t";
        TypedQuery<Long> count = getEntityManager().createQuery(from + where.clause(), Long.class);
        where.bind(count);
        return count.getSingleResult();
    }

    /** Every matching transaction in order, one at a time (for exports), without running balances. */
    public static void forEach(TransactionFilter filter, TransactionSort sort, boolean descending, Consumer<TransactionView> sink) {
        try (var stream = select(FilterClause.of(filter), sort, descending).stream()) {
            stream.forEach(t -> sink.accept(TransactionView.of(t, null, null)));
        }
    }

    /** The filtered rows in order, category and account fetched in the same statement, read-only (nothing to dirty-check). */
    private static PanacheQuery<Transaction> select(FilterClause where, TransactionSort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        String nulls = !sort.nullable ? "" : descending ? " nulls last" : " nulls first";
        return find("select t from Transaction t left join fetch t.category c join fetch t.account a" + where.clause()
                + " order by " + sort.expression + direction + nulls + ", t.id" + direction, where.parameters())
                .withHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /**
     * Balance of the account after each row: the account's balance less what was booked after the row.
     * Only the rows from the page's oldest day on are summed one by one (a few dozen for the newest
     * page); the account's balance is its opening balance plus the sum kept in {@link AccountTotals}.
     * A window over the whole account cost ~10 ms per page at 10,000 transactions, and summing the
     * account from an index still read all of its rows.
     */
    private static Map<Long, BigDecimal> runningBalances(List<Transaction> rows) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        if (rows.isEmpty()) {
            return balances;
        }
        List<Long> ids = rows.stream().map(t -> t.id).toList();
        // native SQL via the entity manager: JPQL has no window functions or CTEs
        @SuppressWarnings("unchecked")
        List<Object[]> result = getEntityManager().createNativeQuery("""
                with page as (
                    select account_id, min(booked_on) as since from financial.transaction where id in (:ids) group by account_id),
                balance as (
                    select a.id as account_id, a.opening_balance + coalesce(s.amount_sum, 0) as balance
                    from financial.account a left join financial.account_totals s on s.account_id = a.id
                    where a.id in (select account_id from page))
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

    private static Map<Long, Long> peerAccounts(List<Transaction> rows) {
        Map<Long, Long> peers = new HashMap<>();
        List<Long> peerIds = rows.stream().map(t -> t.transferPeerId).filter(id -> id != null).toList();
        if (peerIds.isEmpty()) {
            return peers;
        }
        Map<Long, Long> accountOfPeer = new HashMap<>();
        // a projection via the entity manager: Panache's find() returns entities, not (id, account id) pairs
        getEntityManager().createQuery("select t.id, t.account.id from Transaction t where t.id in ?1", Object[].class)
                .setParameter(1, peerIds).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> accountOfPeer.put((Long) row[0], (Long) row[1]));
        rows.stream().filter(t -> t.transferPeerId != null)
                .forEach(t -> peers.put(t.id, accountOfPeer.get(t.transferPeerId)));
        return peers;
    }
}
