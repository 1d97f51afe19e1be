package org.kiloguardian.testsupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a call on a thread of its own, as the dashboard's push and event threads run theirs: without
 * a CDI request context and without a transaction. A failure of the call is thrown here.
 */
public final class PlainThread {

    private PlainThread() {
    }

    public static <T> T call(Supplier<T> call) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        new Thread(() -> {
            try {
                result.complete(call.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }).start();
        return result.get(30, TimeUnit.SECONDS);
    }
}
