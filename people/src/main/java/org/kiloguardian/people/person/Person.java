package org.kiloguardian.people.person;

import java.time.Instant;
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
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SortNatural;

/** Someone in the household: with a login of their own, or without one (a child, an elderly parent). */
@Entity
@Table(schema = "people", name = "person")
public class Person {

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

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Two simultaneous edits of one person: the second gets a 409 instead of silently winning. */
    @Version
    @Column(nullable = false)
    public long version;
}
