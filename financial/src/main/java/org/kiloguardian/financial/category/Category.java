package org.kiloguardian.financial.category;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A spending or income category. Names are unique ignoring case and always matched ignoring case. */
@Entity
@Table(schema = "financial", name = "category")
public class Category extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String name;

    /** The category of last resort ("Miscellaneous"): used when neither the client nor a rule picks one. */
    @Column(name = "is_fallback", nullable = false)
    public boolean fallback;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Category> findByNameIgnoreCase(String name) {
        return find("lower(name) = lower(?1)", name.trim()).firstResultOptional();
    }

    public static Category findFallback() {
        return Category.<Category>find("fallback", true).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("The fallback category is missing"));
    }
}
