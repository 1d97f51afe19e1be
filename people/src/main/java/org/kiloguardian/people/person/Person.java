package org.kiloguardian.people.person;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SortNatural;

import io.quarkus.panache.common.Sort;

import org.kiloguardian.database.VersionedEntity;
import org.kiloguardian.rest.error.NotFound;

/**
 * Someone in the household: with a login of their own, or without one (a child, an elderly parent).
 * Two simultaneous edits of one person: the second gets a 409 instead of silently winning.
 */
@Entity
@Table(schema = "people", name = "person")
public class Person extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    /** "#rrggbb", lower case. */
    @Column(nullable = false, length = 7)
    public String color;

    /** The login this person uses, if any (a user id of module security). */
    @Column(name = "user_id", unique = true)
    public Long userId;

    @Column(nullable = false)
    public boolean active = true;

    /** The logins that look after this person and get their reminders too. */
    @ElementCollection
    @CollectionTable(schema = "people", name = "caregiver", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "user_id", nullable = false)
    @SortNatural
    @Fetch(FetchMode.SUBSELECT)
    public SortedSet<Long> caregiverUserIds = new TreeSet<>();

    /** The person, or an {@link NotFound} (a 404). */
    public static Person require(long id) {
        return Person.<Person>findByIdOptional(id).orElseThrow(() -> new NotFound("No person has the id " + id + "."));
    }

    /** People by name: all of them, or only active (true) or deactivated (false) ones. */
    public static List<Person> byName(Boolean active) {
        Sort byName = Sort.by("name").and("id");
        return active == null ? listAll(byName) : list("active", byName, active);
    }

    public static Optional<Person> findByLogin(long userId) {
        return find("userId", userId).firstResultOptional();
    }

    /** The person with this name (case-insensitive), other than {@code exceptId}. */
    public static Optional<Person> findNamed(String name, Long exceptId) {
        return find("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId).firstResultOptional();
    }

    /** The people a login looks after. */
    public static List<Person> caredForBy(long userId) {
        return list("?1 member of caregiverUserIds", Sort.by("name"), userId);
    }
}
