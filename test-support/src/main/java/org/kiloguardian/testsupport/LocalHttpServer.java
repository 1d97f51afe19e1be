package org.kiloguardian.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A push service or ntfy server on a free local port: it records every request and answers with the
 * statuses a test queued (then 201). Real HTTP from the application's own client; nothing leaves the
 * machine. The JDK's server is enough for a recorder, so no HTTP library is pulled into every module.
 */
public final class LocalHttpServer implements AutoCloseable {

    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(entry -> entry.getValue().get(0)).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public record Answer(int status, Map<String, String> headers) {
    }

    private final HttpServer server;
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Request> unread = new LinkedBlockingQueue<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    public LocalHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            unread.add(request);
            Answer answer;
            synchronized (answers) {
                answer = answers.isEmpty() ? new Answer(201, Map.of()) : answers.poll();
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    /** The answer to the next request that finds no other queued answer before it. */
    public void answer(int status, Map<String, String> headers) {
        synchronized (answers) {
            answers.add(new Answer(status, headers));
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /**
     * Waits for the next request that matches, passing over others (an application sends more than the
     * one message a test is about); fails the test when none comes in time.
     */
    public Request next(Predicate<Request> which, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Request next = unread.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (next != null && which.test(next)) {
                return next;
            }
        }
        throw new AssertionError(url("/") + " got no matching request within " + within);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
