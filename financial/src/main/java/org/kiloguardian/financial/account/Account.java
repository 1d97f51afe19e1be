package org.kiloguardian.financial.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where money is kept. The balance is the opening balance plus every transaction of the account. */
@Entity
@Table(schema = "financial", name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AccountKind kind;

    @Column(name = "opening_balance", nullable = false, precision = 19, scale = 4)
    public BigDecimal openingBalance;

    /** A balance under this raises the low-balance alert, once each time it falls under; null: never. */
    @Column(name = "low_balance_below", precision = 19, scale = 4)
    public BigDecimal lowBalanceBelow;

    @Column(name = "is_default", nullable = false)
    public boolean defaultAccount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Account> findDefault() {
        return find("defaultAccount", true).firstResultOptional();
    }

    public static Optional<Account> findByNameIgnoreCase(String name) {
        return find("lower(name) = lower(?1)", name.trim()).firstResultOptional();
    }
}
