package org.kiloguardian.security.user;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A member of the household who can log in.
 * <p>
 * Updates write only the columns that changed: an admin's rename may overlap the member's own
 * password change, and writing back every column as the rename read them would bring back the old
 * password and the sessions the change ended.
 */
@Entity
@DynamicUpdate
@Table(schema = "security", name = "household_user")
public class HouseholdUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Convert(converter = RoleColumn.class)
    @Column(nullable = false, length = 16)
    public Role role;

    @Column(name = "dark_theme", nullable = false)
    public boolean darkTheme;

    /** Sessions opened at an older generation are over: see {@link #endSessions()}. */
    @Column(name = "session_generation", nullable = false)
    public int sessionGeneration;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Ends every browser session of this user, including copies of their cookies. */
    public void endSessions() {
        sessionGeneration++;
    }

    public static Optional<HouseholdUser> findByUsername(String username) {
        if (username == null || username.indexOf('\u0000') >= 0) {
            // no username holds NUL, and PostgreSQL refuses it in a query: a login with one is an unknown user, not a 500
            return Optional.empty();
        }
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static long countAdmins() {
        return count("role", Role.ADMIN);
    }

    /** Stored as the lower-case name the API uses, so the database reads the same as the JSON. */
    @Converter
    public static class RoleColumn implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.roleName();
        }

        @Override
        public Role convertToEntityAttribute(String name) {
            return name == null ? null : Role.fromName(name);
        }
    }
}
