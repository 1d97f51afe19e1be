package org.kiloguardian.gateway.realtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The wire, without any Socket.IO library: plain HTTP requests, a JDK websocket that records what
 * it receives, and a hand-written upgrade request to see how the server refuses one.
 */
final class RawEngineClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    RawEngineClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    HttpResponse<String> get(String query) {
        return send(HttpRequest.newBuilder(uri(query)).GET());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String query) {
        return http.sendAsync(HttpRequest.newBuilder(uri(query)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String query, String body) {
        return send(HttpRequest.newBuilder(uri(query)).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> method(String method, String query) {
        return send(HttpRequest.newBuilder(uri(query)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Opens a polling session and returns its sid. */
    String openPolling() {
        String open = get("EIO=4&transport=polling").body();
        return open.substring(open.indexOf("\"sid\":\"") + 7, open.indexOf("\",\""));
    }

    Ws websocket(String query) {
        Ws listener = new Ws();
        URI ws = URI.create(uri(query).toString().replaceFirst("^http", "ws"));
        listener.socket = http.newWebSocketBuilder().buildAsync(ws, listener).join();
        return listener;
    }

    /** Sends an upgrade request by hand and returns the raw response head and body. */
    String rawUpgrade(String query) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + endpoint.getPath() + "?" + query + " HTTP/1.1\r\n"
                    + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    response.write(buffer, 0, read);
                    String text = response.toString(StandardCharsets.UTF_8);
                    if (text.startsWith("HTTP/1.1 101") || text.endsWith("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what arrived is the answer
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String query) {
        return URI.create(endpoint + "?" + query);
    }

    /** A websocket whose received frames (String or byte[]) and close wait in a queue. */
    static final class Ws implements WebSocket.Listener {
        static final Object CLOSED = new Object();
        final LinkedBlockingQueue<Object> received = new LinkedBlockingQueue<>();
        WebSocket socket;
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                received.add(binary.toByteArray());
                binary.reset();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add(CLOSED);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            received.add(CLOSED);
        }

        Object next() {
            try {
                Object frame = received.poll(5, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new AssertionError("nothing received within 5 s");
                }
                return frame;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The next frame that is not a heartbeat ping (which is answered). */
        Object nextMessage() {
            while (true) {
                Object frame = next();
                if ("2".equals(frame)) {
                    send("3");
                    continue;
                }
                return frame;
            }
        }

        void send(String frame) {
            socket.sendText(frame, true).join();
        }

        void send(byte[] frame) {
            socket.sendBinary(ByteBuffer.wrap(frame), true).join();
        }

        void close() {
            socket.abort();
        }
    }
}
