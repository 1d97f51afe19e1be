package org.kiloguardian.financial.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When the alert watchers check what a change did: right away, or once at the end of a bulk change.
 * A budget or balance check reads the month's spending or the account's balance again; an import
 * that checked after each of its 10,000 rows spent most of its time there. Inside {@link #atTheEnd}
 * each check is noted under a key (a category, an account) and run once after the bulk change, in
 * its transaction, so the alerts are the same as row by row, only without the repeats.
 */
@ApplicationScoped
public class AlertChecks {

    /** The checks a bulk change on this thread has noted, while it runs. */
    private final ThreadLocal<Map<String, Runnable>> deferred = new ThreadLocal<>();

    /** Runs {@code bulk}, then each check noted meanwhile once. A nested call joins the outer one. */
    public <T> T atTheEnd(Supplier<T> bulk) {
        if (deferred.get() != null) {
            return bulk.get();
        }
        Map<String, Runnable> checks = new LinkedHashMap<>();
        deferred.set(checks);
        T result;
        try {
            result = bulk.get();
        } finally {
            deferred.remove();
        }
        checks.values().forEach(Runnable::run);
        return result;
    }

    /** Runs {@code check} now, or notes it under {@code key} when a bulk change is under way. */
    public void nowOrAtTheEnd(String key, Runnable check) {
        Map<String, Runnable> later = deferred.get();
        if (later == null) {
            check.run();
        } else {
            later.putIfAbsent(key, check);
        }
    }
}
