package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kiloguardian.database.VersionedEntity;
import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.category.Category;


/** Money that came into (positive) or went out of (negative) one account on one day. */
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
}
