package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kiloguardian.financial.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** At most this much per month in one category; with rollover, what is left of a month adds to the next. */
@Entity
@Table(schema = "financial", name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", unique = true)
    public Category category;

    @Column(name = "monthly_limit", nullable = false, precision = 19, scale = 4)
    public BigDecimal monthlyLimit;

    @Column(nullable = false)
    public boolean rollover;

    /** first day of the first month the budget counts for */
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
