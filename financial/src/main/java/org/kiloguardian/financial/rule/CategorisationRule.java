package org.kiloguardian.financial.rule;

import java.time.Instant;

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

import org.kiloguardian.financial.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "payee contains REWE → Groceries": the lowest priority that matches wins, then the oldest rule. */
@Entity
@Table(schema = "financial", name = "categorisation_rule")
public class CategorisationRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public RuleField field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RuleOperator operator;

    @Column(nullable = false, length = 200)
    public String pattern;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @Column(nullable = false)
    public int priority;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
