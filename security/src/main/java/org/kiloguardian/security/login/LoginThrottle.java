package org.kiloguardian.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per username and per client address: after a few free attempts
 * each further failure doubles the wait before the next attempt is even checked, up to a cap.
 * In memory on purpose: one replica, and a restart forgiving the counters is acceptable.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final int MAX_TRACKED = 10_000;
    private static final String USER = "user:";
    private static final String ADDRESS = "address:";

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeAttemptsPerUser;
    private final int freeAttemptsPerAddress;
    private final Duration maxDelay;

    LoginThrottle(Clock clock,
            @ConfigProperty(name = "kilo.security.login.free-attempts", defaultValue = "5") int freeAttemptsPerUser,
            @ConfigProperty(name = "kilo.security.login.free-attempts-per-address", defaultValue = "20") int freeAttemptsPerAddress,
            @ConfigProperty(name = "kilo.security.login.max-delay", defaultValue = "PT15M") Duration maxDelay) {
        this.clock = clock;
        this.freeAttemptsPerUser = freeAttemptsPerUser;
        this.freeAttemptsPerAddress = freeAttemptsPerAddress;
        this.maxDelay = maxDelay;
    }

    /** How long the caller must still wait before an attempt for this user from this address is checked. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = Instant.now(clock);
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Failures recorded = failures.get(key);
            if (recorded != null) {
                int free = key.startsWith(USER) ? freeAttemptsPerUser : freeAttemptsPerAddress;
                Duration remaining = Duration.between(now, recorded.last().plus(delayAfter(recorded.count(), free)));
                if (remaining.compareTo(wait) > 0) {
                    wait = remaining;
                }
            }
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = Instant.now(clock);
        if (failures.size() > MAX_TRACKED) {
            forgetStale(now);
        }
        for (String key : keys(username, address)) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    /** A correct password clears the user's record; the address keeps its own, so one good account cannot launder guesses at others. */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    Duration delayAfter(int count, int freeAttempts) {
        if (count < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - freeAttempts, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private void forgetStale(Instant now) {
        failures.entrySet().removeIf(entry -> entry.getValue().last().plus(maxDelay).isBefore(now));
    }

    private static String[] keys(String username, String address) {
        return address == null ? new String[] {userKey(username)} : new String[] {userKey(username), ADDRESS + address};
    }

    private static String userKey(String username) {
        return USER + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
