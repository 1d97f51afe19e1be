package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recurring transaction or a bill: an amount that falls due again and again. */
@Entity
@Table(schema = "financial", name = "schedule")
public class Schedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ScheduleKind kind;

    @Column(nullable = false, length = 200)
    public String name;

    /** signed like a transaction: a bill's is always negative */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    public Category category;

    @Column(length = 200)
    public String payee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    public Frequency frequency;

    @Column(name = "interval_days")
    public Integer intervalDays;

    @Column(name = "day_of_month")
    public Integer dayOfMonth;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "next_due")
    public LocalDate nextDue;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    Recurrence recurrence() {
        return new Recurrence(frequency, startDate, dayOfMonth, intervalDays);
    }

    /** Moves {@code nextDue} past {@code due}; null once past the end date. */
    void advancePast(LocalDate due) {
        LocalDate next = recurrence().after(due);
        nextDue = endDate != null && next.isAfter(endDate) ? null : next;
    }
}
