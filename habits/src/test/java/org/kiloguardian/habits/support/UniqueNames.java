package org.kiloguardian.habits.support;

import java.util.concurrent.atomic.AtomicInteger;

/** All tests share one database per run; names must not collide with the uniqueness rule. */
public final class UniqueNames {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private UniqueNames() {
    }

    public static String of(String prefix) {
        return prefix + " #" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }
}
