package org.kiloguardian.testsupport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway answers "who is this person" with module people; a module's own tests keep a few
 * names here instead. A module's test bean extends it and implements that module's directory
 * interface, whose methods these are.
 */
public abstract class KnownPeople {

    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_000);
    private volatile Long caller;

    /** A new person; returns the id. */
    public long add(String name) {
        long id = ids.incrementAndGet();
        names.put(id, name);
        return id;
    }

    /** Whose request it is, for {@code ?person=me}; null for a caller without a person. */
    public void callerIs(Long personId) {
        caller = personId;
    }

    public Optional<String> nameOf(long personId) {
        return Optional.ofNullable(names.get(personId));
    }

    public Optional<Long> callerPerson() {
        return Optional.ofNullable(caller);
    }
}
