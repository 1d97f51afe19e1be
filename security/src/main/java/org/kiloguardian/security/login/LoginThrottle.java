package org.kiloguardian.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kiloguardian.security.config.SecurityConfig;

/**
 * Slows down password guessing. Each attempt is reserved, and counted as failed, before its password
 * is checked, so parallel guesses cannot all slip through one window. After a few free failures each
 * further one doubles the wait before the next attempt is even checked, counted three ways:
 * <ul>
 * <li>per username and address: the guesser's own machine, up to the long cap;</li>
 * <li>per address, whatever the username: one machine trying many accounts, up to the long cap;</li>
 * <li>per username from anywhere: many machines trying one account, up to a short cap, so that a
 * guess now and then from elsewhere never locks the household's own devices out for long.</li>
 * </ul>
 * In memory on purpose: one replica, and a restart forgiving the counters is acceptable.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final int MAX_TRACKED = 10_000;

    /** What is counted, and how patient it is with it. */
    private record Limit(int freeAttempts, Duration maxDelay) {
    }

    private record Failures(int count, Instant last) {
    }

    private record Key(String name, Limit limit) {
    }

    private final Map<String, Failures> failures = new HashMap<>();
    private final Clock clock;
    private final Limit perUserAndAddress;
    private final Limit perAddress;
    private final Limit perUser;

    @Inject
    LoginThrottle(Clock clock, SecurityConfig config) {
        this(clock, config.login().freeAttempts(), config.login().freeAttemptsPerAddress(), config.login().maxDelay(),
                config.login().maxDelayFromElsewhere());
    }

    LoginThrottle(Clock clock, int freeAttempts, int freeAttemptsPerAddress, Duration maxDelay, Duration maxDelayFromElsewhere) {
        this.clock = clock;
        this.perUserAndAddress = new Limit(freeAttempts, maxDelay);
        this.perAddress = new Limit(freeAttemptsPerAddress, maxDelay);
        this.perUser = new Limit(freeAttempts, maxDelayFromElsewhere.compareTo(maxDelay) < 0 ? maxDelayFromElsewhere : maxDelay);
    }

    /**
     * Reserves one attempt for this username from this address, counting it as failed until
     * {@link #succeeded} says otherwise. Answers how long the caller must still wait when the attempt
     * may not be made yet; then nothing is counted.
     */
    public synchronized Optional<Duration> reserve(String username, String address) {
        Instant now = Instant.now(clock);
        Duration wait = Duration.ZERO;
        List<Key> keys = keys(username, address);
        for (Key key : keys) {
            Failures recorded = failures.get(key.name());
            if (recorded != null) {
                Duration remaining = Duration.between(now, recorded.last().plus(delayAfter(recorded.count(), key.limit())));
                if (remaining.compareTo(wait) > 0) {
                    wait = remaining;
                }
            }
        }
        if (!wait.isZero() && !wait.isNegative()) {
            // whoever keeps trying while told to wait keeps their own wait from running out; the
            // username's record from elsewhere is left alone, so it cannot be used to lock others out
            for (Key key : keys.subList(0, 2)) {
                failures.computeIfPresent(key.name(), (name, old) -> new Failures(old.count(), now));
            }
            return Optional.of(wait);
        }
        if (failures.size() > MAX_TRACKED) {
            forgetStale(now);
        }
        for (Key key : keys) {
            failures.merge(key.name(), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
        return Optional.empty();
    }

    /**
     * The reserved attempt had the right password: the username is forgiven; the address keeps its
     * earlier failures, so one good account cannot launder guesses at others.
     */
    public synchronized void succeeded(String username, String address) {
        failures.remove(userKey(username));
        failures.remove(userAtAddressKey(username, address));
        failures.computeIfPresent(addressKey(address), (key, old) -> old.count() <= 1 ? null : new Failures(old.count() - 1, old.last()));
    }

    /**
     * The reserved attempt could not be checked at all (the database was unavailable): it is given
     * back, so an outage does not count against the household.
     */
    public synchronized void cancel(String username, String address) {
        for (Key key : keys(username, address)) {
            failures.computeIfPresent(key.name(), (name, old) -> old.count() <= 1 ? null : new Failures(old.count() - 1, old.last()));
        }
    }

    static Duration delayAfter(int count, Limit limit) {
        if (count < limit.freeAttempts()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - limit.freeAttempts(), 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(limit.maxDelay()) > 0 ? limit.maxDelay() : delay;
    }

    private void forgetStale(Instant now) {
        failures.entrySet().removeIf(entry -> entry.getValue().last().plus(perAddress.maxDelay()).isBefore(now));
    }

    /** The requesting address's own records first: see {@link #reserve}. */
    private List<Key> keys(String username, String address) {
        return List.of(new Key(userAtAddressKey(username, address), perUserAndAddress),
                new Key(addressKey(address), perAddress),
                new Key(userKey(username), perUser));
    }

    private static String userKey(String username) {
        return "user:" + normalised(username);
    }

    private static String userAtAddressKey(String username, String address) {
        return "user-at:" + normalised(username) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalised(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
