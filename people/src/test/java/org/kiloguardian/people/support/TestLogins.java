package org.kiloguardian.people.support;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.login.Logins;

/** The gateway implements Logins with module security; the module's own tests bring a few known ids. */
@ApplicationScoped
public class TestLogins implements Logins {

    private final Set<Long> known = ConcurrentHashMap.newKeySet();

    /** A fresh login id nobody used yet. */
    public long create() {
        long id = System.nanoTime() % 1_000_000_000L + 1_000;
        while (!known.add(id)) {
            id++;
        }
        return id;
    }

    @Override
    public boolean exists(long userId) {
        return known.contains(userId);
    }

    @Override
    public Optional<Long> caller() {
        return Optional.empty();
    }

    @Override
    public boolean callerIsAdmin() {
        return false;
    }
}
