package org.kiloguardian.gateway.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** An ntfy server on a free local port: it keeps every published message (path, headers, JSON body) and answers 200. */
public final class NtfyServer implements AutoCloseable {

    public record Published(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(entry -> entry.getValue().get(0)).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final LinkedBlockingQueue<Published> published = new LinkedBlockingQueue<>();

    public NtfyServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            published.add(new Published(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), JSON.readTree(body)));
            byte[] answer = "{\"id\":\"test\",\"event\":\"message\"}".getBytes();
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** A topic URL on this server, as a household member types it. */
    public String topicUrl(String topic) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + topic;
    }

    /** The next message whose title contains {@code about}, skipping the household's other reminders. */
    public Published next(String about, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Published next = published.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (next != null && next.body().path("title").asText().contains(about)) {
                return next;
            }
        }
        throw new AssertionError("ntfy got no message about " + about + " within " + within);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
