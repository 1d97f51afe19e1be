package org.kiloguardian.financial.account;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An account's number of transactions and sum of their amounts, kept by triggers on
 * {@code financial.transaction} (migration {@code V2026_12_04_1500}); read-only here. An account
 * without a row has no transactions. Queries read it as values, never as managed copies, and
 * flush pending transaction changes first ({@link Synchronize}; the physical name, as Hibernate
 * names {@code Transaction}'s table), so they see what the triggers made of them.
 */
@Entity
@Immutable
@Synchronize(value = "financial.transaction", logical = false)
@Table(schema = "financial", name = "account_totals")
public class AccountTotals extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "row_count", nullable = false)
    public long rowCount;

    @Column(name = "amount_sum", nullable = false)
    public BigDecimal amountSum;

    /**
     * Locks these accounts' totals for the rest of the transaction, lowest id first. A write that
     * changes several accounts (a transfer, a bulk delete) calls it before its first row: two such
     * writes then wait for each other instead of each holding one account's totals (its triggers lock
     * them row by row, in the order of the writes) and deadlocking on the other's.
     */
    public static void lock(Collection<Long> accountIds) {
        Set<Long> distinct = accountIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (distinct.size() < 2) {
            return;
        }
        // native SQL: JPQL has no upsert; a missing row is created (0/0) so that there is one to lock
        getEntityManager().createNativeQuery("""
                insert into financial.account_totals as totals (account_id, row_count, amount_sum)
                select id, 0, 0 from financial.account where id in (:ids) order by id
                on conflict (account_id) do update set row_count = totals.row_count
                """).setParameter("ids", distinct).executeUpdate();
    }

    /** How many transactions the account holds, or all accounts together when {@code accountId} is null. */
    public static long rowCount(Long accountId) {
        Long count = accountId == null
                ? getEntityManager().createQuery("select sum(a.rowCount) from AccountTotals a", Long.class).getSingleResult()
                : getEntityManager().createQuery("select sum(a.rowCount) from AccountTotals a where a.accountId = ?1", Long.class)
                        .setParameter(1, accountId).getSingleResult();
        return count == null ? 0 : count;
    }

    /** The sum of the account's transactions; zero without any. */
    public static BigDecimal amountSum(long accountId) {
        BigDecimal sum = getEntityManager()
                .createQuery("select sum(a.amountSum) from AccountTotals a where a.accountId = ?1", BigDecimal.class)
                .setParameter(1, accountId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The sum of each account's transactions by account id; accounts without any are missing. */
    public static Map<Long, BigDecimal> amountSums() {
        Map<Long, BigDecimal> sums = new HashMap<>();
        getEntityManager().createQuery("select a.accountId, a.amountSum from AccountTotals a", Object[].class)
                .getResultList().forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
        return sums;
    }
}
