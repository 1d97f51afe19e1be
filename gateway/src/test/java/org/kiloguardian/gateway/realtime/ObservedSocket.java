package org.kiloguardian.gateway.realtime;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.kiloguardian.gateway.security.BrowserLogin;

import io.socket.client.IO;
import io.socket.client.Socket;

/**
 * A real io.socket client on the household channel, for tests about who may stay connected: it
 * records the server's greeting and the moment (epoch millis) it was disconnected.
 */
public final class ObservedSocket implements AutoCloseable {

    private final Socket socket;
    private final CompletableFuture<Object> greeted = new CompletableFuture<>();
    private final CompletableFuture<Long> disconnectedAt = new CompletableFuture<>();
    private final CompletableFuture<Object> refused = new CompletableFuture<>();

    private ObservedSocket(URI base, IO.Options options) {
        this.socket = IO.socket(base, options);
        socket.on("connected", greeted::complete);
        socket.on(Socket.EVENT_DISCONNECT, args -> disconnectedAt.complete(System.currentTimeMillis()));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> refused.complete(args.length > 0 ? args[0] : null));
        socket.connect();
    }

    /** Connected with a browser's session cookie, as a dashboard page would be. */
    public static ObservedSocket withSession(URI base, String session, String transport) {
        IO.Options options = options(transport);
        options.extraHeaders = Map.of("Cookie", List.of(BrowserLogin.SESSION_COOKIE + "=" + session));
        return new ObservedSocket(base, options);
    }

    /** Connected with {@code auth: {token}}, as a script would be. */
    public static ObservedSocket withToken(URI base, String token, String transport) {
        IO.Options options = options(transport);
        options.auth = Map.of("token", token);
        return new ObservedSocket(base, options);
    }

    private static IO.Options options(String transport) {
        return IO.Options.builder().setForceNew(true).setTransports(new String[] {transport}).setReconnection(false).build();
    }

    /** Waits for the server's {@code connected} greeting. */
    public ObservedSocket awaitGreeting() throws Exception {
        greeted.get(10, TimeUnit.SECONDS);
        return this;
    }

    /** When the server disconnected it, in epoch millis. */
    public long awaitDisconnect(long seconds) throws Exception {
        return disconnectedAt.get(seconds, TimeUnit.SECONDS);
    }

    /** Waits until the server refused the CONNECT or, having let it in, disconnected it. */
    public void awaitRefusalOrDisconnect(long seconds) throws Exception {
        CompletableFuture.anyOf(refused, disconnectedAt).get(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.close();
    }
}
