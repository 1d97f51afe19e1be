package org.kiloguardian.gateway.realtime.auth;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * The database lookups of the sockets' CONNECTs, one per key at a time. When every tablet and script
 * reconnects at once (a restart of the app or of the Wi-Fi), the sockets of one token or one login
 * wait for the same lookup instead of taking a worker thread each: 1,000 sockets of one token grew
 * the worker pool by ~50 threads, memory that stayed. While the database is down, they share one
 * failure instead of queueing for a connection each.
 * <p>
 * A key names what it looks up and the generation of the answers kept for it ({@code KeptReads}):
 * once a change has moved that on, a new CONNECT starts a lookup of its own rather than take one
 * that may have read the rows from before the change.
 */
final class SharedLookups {

    private final Vertx vertx;
    private final Map<Object, Future<?>> underWay = new ConcurrentHashMap<>();

    SharedLookups(Vertx vertx) {
        this.vertx = vertx;
    }

    /** What {@code read} (blocking) gives for {@code key}, answered on the caller's context, like its own executeBlocking. */
    <V> Future<V> lookUp(Object key, Callable<V> read) {
        Context caller = vertx.getOrCreateContext();
        Promise<V> answer = Promise.promise();
        shared(key, read).onComplete(result -> caller.runOnContext(nothing -> answer.handle(result)));
        return answer.future();
    }

    @SuppressWarnings("unchecked") // a key's lookup always reads the same type: keys are records of their lookup
    private <V> Future<V> shared(Object key, Callable<V> read) {
        Promise<V> mine = Promise.promise();
        Future<?> running = underWay.putIfAbsent(key, mine.future());
        if (running != null) {
            return (Future<V>) running;
        }
        // unordered: one slow lookup does not hold up the other keys' lookups behind it
        vertx.<V>executeBlocking(read, false).onComplete(result -> {
            underWay.remove(key, mine.future());
            mine.handle(result);
        });
        return mine.future();
    }

    /** Lookups under way: none once every CONNECT has been answered. */
    int underWay() {
        return underWay.size();
    }
}
