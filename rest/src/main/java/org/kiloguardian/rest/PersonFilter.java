package org.kiloguardian.rest;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.kiloguardian.rest.error.InvalidInput;

/**
 * Whose items a list or summary asks for ({@code ?person=}): everyone's (the parameter absent), one
 * person's, the caller's own ({@code me}), or the household's shared ones ({@code shared}). An item's
 * owner is a person id, null for a shared item. "One person's" never includes the shared items.
 */
public final class PersonFilter {

    public enum Kind {
        EVERYONE, PERSON, ME, SHARED
    }

    private static final PersonFilter EVERYONE = new PersonFilter(Kind.EVERYONE, null);
    private static final PersonFilter ME = new PersonFilter(Kind.ME, null);
    private static final PersonFilter SHARED = new PersonFilter(Kind.SHARED, null);

    private final Kind kind;
    private final Long personId;

    private PersonFilter(Kind kind, Long personId) {
        this.kind = kind;
        this.personId = personId;
    }

    public static PersonFilter everyone() {
        return EVERYONE;
    }

    public static PersonFilter me() {
        return ME;
    }

    public static PersonFilter shared() {
        return SHARED;
    }

    public static PersonFilter of(long personId) {
        return new PersonFilter(Kind.PERSON, personId);
    }

    public Kind kind() {
        return kind;
    }

    /** The person asked for by id, or empty for the other kinds. */
    public Optional<Long> personId() {
        return Optional.ofNullable(personId);
    }

    /**
     * Which owners this filter selects, with {@code me} read as {@code callerPerson}: a caller
     * without a person owns nothing, so {@code me} then selects no item at all.
     */
    public Predicate<Long> owners(Optional<Long> callerPerson) {
        return switch (kind) {
            case EVERYONE -> owner -> true;
            case SHARED -> Objects::isNull;
            case PERSON -> owner -> personId.equals(owner);
            case ME -> callerPerson.<Predicate<Long>>map(me -> owner -> me.equals(owner)).orElse(owner -> false);
        };
    }

    /**
     * An id nobody has is the client's mistake, not an empty list: a 400 whose detail starts with
     * the parameter's name, like every other unreadable query parameter.
     */
    public PersonFilter requireKnown(LongPredicate known, String parameter) {
        if (kind == Kind.PERSON && !known.test(personId)) {
            throw new InvalidInput(parameter, "no person has the id " + personId + ".");
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonFilter that && kind == that.kind && Objects.equals(personId, that.personId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, personId);
    }

    @Override
    public String toString() {
        return kind == Kind.PERSON ? String.valueOf(personId) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
