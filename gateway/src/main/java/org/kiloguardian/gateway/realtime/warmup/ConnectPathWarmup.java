package org.kiloguardian.gateway.realtime.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.socketio.config.SocketIoConfig;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

/**
 * Runs the connection path a few thousand times over loopback right after the HTTP server starts,
 * before the instance reports ready ({@link WarmupReadiness}). A fresh JVM runs that path
 * interpreted: 1,000 clients connecting at 500/s to a server that had just started waited
 * 0.3-0.5 s at the median and ~0.9 s at p99, a warm one 4 / 17 ms (docs/realtime.md, item 4 of
 * issue 17). That is every tablet of the household after a restart. Each round is what a stock
 * client does: a websocket connection with a Socket.IO CONNECT, or the polling handshake with its
 * CONNECT; both end with a namespace DISCONNECT and an Engine.IO close (no session is kept for
 * recovery). Without authentication the CONNECT is refused with "unauthorized": no database work.
 */
@ApplicationScoped
public class ConnectPathWarmup {

    private static final Logger LOG = Logger.getLogger(ConnectPathWarmup.class);
    private static final int CONCURRENCY = 32;
    private static final long MAX_SETTLE_NANOS = 15_000_000_000L;

    private final Vertx vertx;
    private final RealtimeConfig config;
    private final int maxPayload;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    ConnectPathWarmup(Vertx vertx, RealtimeConfig config, SocketIoConfig protocol) {
        this.vertx = vertx;
        this.config = config;
        this.maxPayload = protocol.maxPayload();
    }

    /** Whether the warm-up is over (or off); the readiness check waits for it. */
    public boolean finished() {
        return done.isDone();
    }

    /** Quarkus fires this asynchronously once the HTTP server listens. */
    int completedRounds() {
        return completed.get();
    }

    int failedRounds() {
        return failed.get();
    }

    void onServerStart(@ObservesAsync HttpServerStart start) {
        int rounds = config.warmup().connections();
        if (rounds <= 0) {
            done.complete(null);
            return;
        }
        int port = port(start.options().getPort());
        long began = System.nanoTime();
        WebSocketClient websockets = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setDefaultHost("localhost").setDefaultPort(port).setMaxFrameSize(maxPayload));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions()
                .setDefaultHost("localhost").setDefaultPort(port).setKeepAlive(true).setMaxPoolSize(CONCURRENCY));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = failed;
        Future<?>[] lanes = new Future<?>[CONCURRENCY];
        for (int lane = 0; lane < CONCURRENCY; lane++) {
            lanes[lane] = lane(next, rounds, websockets, http, failures);
        }
        Future.join(java.util.Arrays.asList(lanes)).onComplete(finished -> {
            websockets.close();
            http.close();
            long connected = System.nanoTime();
            // The rounds leave the JIT compiling what they made hot; on two cores that compiling
            // would compete with the first real clients, so wait until it has settled.
            whenCompilerSettles(System.nanoTime() + MAX_SETTLE_NANOS, -1, () -> {
                LOG.infof("Real-time connection path warmed up: %d connections in %d ms (%d failed), JIT settled %d ms later",
                        rounds, (connected - began) / 1_000_000, failures.get(), (System.nanoTime() - connected) / 1_000_000);
                done.complete(null);
            });
        });
    }

    /** Calls {@code then} once the JIT compiled less than 20 ms in the last half second (or at the deadline). */
    private void whenCompilerSettles(long deadline, long compiledBefore, Runnable then) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            then.run();
            return;
        }
        long compiled = compiler.getTotalCompilationTime();
        if ((compiledBefore >= 0 && compiled - compiledBefore < 20) || System.nanoTime() > deadline) {
            then.run();
            return;
        }
        vertx.setTimer(500, t -> whenCompilerSettles(deadline, compiled, then));
    }

    /** One lane: rounds one after the other, every fourth over polling (a stock client's first transport). */
    private Future<Void> lane(AtomicInteger next, int rounds, WebSocketClient websockets, HttpClient http,
            AtomicInteger failures) {
        int round = next.getAndIncrement();
        if (round >= rounds) {
            return Future.succeededFuture();
        }
        Future<Void> one = round % 4 == 3 ? pollingRound(http) : websocketRound(websockets);
        return one.onSuccess(v -> completed.incrementAndGet()).otherwise(failure -> {
            if (failures.incrementAndGet() == 1) {
                LOG.debugf(failure, "warm-up round failed");
            }
            return null;
        }).compose(v -> lane(next, rounds, websockets, http, failures));
    }

    private Future<Void> websocketRound(WebSocketClient websockets) {
        Promise<Void> finished = Promise.promise();
        websockets.connect("/socket.io/?EIO=4&transport=websocket").onFailure(finished::tryFail).onSuccess(ws -> {
            ws.closeHandler(v -> finished.tryComplete());
            ws.exceptionHandler(finished::tryFail);
            ws.textMessageHandler(message -> {
                if (message.startsWith("0{")) {
                    ws.writeTextMessage("40");
                } else if (message.startsWith("40") || message.startsWith("44")) {
                    ws.writeTextMessage("41");
                    ws.writeTextMessage("1");
                    ws.close();
                }
            });
        });
        return finished.future();
    }

    private Future<Void> pollingRound(HttpClient http) {
        return poll(http, HttpMethod.GET, null, null).compose(open -> {
            int start = open.indexOf("\"sid\":\"") + 7;
            String sid = open.substring(start, open.indexOf('"', start));
            return poll(http, HttpMethod.POST, sid, "40")
                    .compose(ok -> poll(http, HttpMethod.GET, sid, null))
                    .compose(connected -> poll(http, HttpMethod.POST, sid, "41\u001e1"))
                    .mapEmpty();
        });
    }

    private static Future<String> poll(HttpClient http, HttpMethod method, String sid, String body) {
        String uri = "/socket.io/?EIO=4&transport=polling" + (sid == null ? "" : "&sid=" + sid);
        return http.request(new RequestOptions().setMethod(method).setURI(uri))
                .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(Buffer::toString));
    }

    /** The port the server listens on (a test that warms up needs a fixed test port). */
    private static int port(int configured) {
        if (configured > 0) {
            return configured;
        }
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(configured);
    }
}
