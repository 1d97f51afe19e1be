package org.kiloguardian.meds.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.owner.PersonDirectory;

/** The gateway implements PersonDirectory with module people; the module's own tests keep a few names here. */
@ApplicationScoped
public class TestPeople implements PersonDirectory {

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

    @Override
    public Optional<String> nameOf(long personId) {
        return Optional.ofNullable(names.get(personId));
    }

    @Override
    public Optional<Long> callerPerson() {
        return Optional.ofNullable(caller);
    }
}
