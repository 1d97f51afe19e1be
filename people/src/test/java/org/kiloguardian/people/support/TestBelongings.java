package org.kiloguardian.people.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.person.Belongings;

/** Habits and medications live in other modules; the tests say how many a person owns. */
@ApplicationScoped
public class TestBelongings implements Belongings {

    private final Map<Long, Long> counts = new ConcurrentHashMap<>();

    public void give(long personId, long items) {
        counts.put(personId, items);
    }

    @Override
    public long count(long personId) {
        return counts.getOrDefault(personId, 0L);
    }

    @Override
    public String describe(long personId) {
        return count(personId) + " habits";
    }
}
