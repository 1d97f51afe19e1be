package org.kiloguardian.notifications.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.household.Household;
import org.kiloguardian.notifications.household.Recipient;

/** The gateway answers this with people and security; the module's tests keep a small household of their own. */
@ApplicationScoped
public class TestHousehold implements Household {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Map<Long, Recipient> people = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> caregivers = new ConcurrentHashMap<>();

    /** A person with a login of their own. */
    public Recipient person(String name, boolean admin) {
        Recipient recipient = new Recipient(IDS.incrementAndGet(), name, IDS.incrementAndGet(), admin);
        people.put(recipient.personId(), recipient);
        return recipient;
    }

    /** A person without a login (a child, an elderly parent), looked after by these people's logins. */
    public Recipient cared(String name, Recipient... carers) {
        Recipient recipient = new Recipient(IDS.incrementAndGet(), name, null, false);
        people.put(recipient.personId(), recipient);
        Set<Long> logins = ConcurrentHashMap.newKeySet();
        for (Recipient carer : carers) {
            logins.add(carer.userId());
        }
        caregivers.put(recipient.personId(), logins);
        return recipient;
    }

    public Caller callerOf(Recipient recipient) {
        return new Caller(recipient.userId(), recipient.personId(), recipient.admin());
    }

    @Override
    public List<Recipient> remindersOf(Long personId) {
        Recipient person = people.get(personId);
        List<Recipient> audience = new ArrayList<>(List.of(person));
        for (Long login : caregivers.getOrDefault(personId, Set.of())) {
            people.values().stream().filter(other -> login.equals(other.userId())).forEach(audience::add);
        }
        return audience;
    }

    @Override
    public List<Recipient> everyone() {
        return List.copyOf(people.values());
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.empty();
    }

    @Override
    public boolean looksAfter(long userId, long personId) {
        Recipient person = people.get(personId);
        return person != null && (Long.valueOf(userId).equals(person.userId())
                || caregivers.getOrDefault(personId, Set.of()).contains(userId));
    }

    @Override
    public boolean personExists(long personId) {
        return people.containsKey(personId);
    }
}
