package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.socketio.server.Namespace;
import org.kiloguardian.socketio.server.SocketIoServer;
import org.kiloguardian.socketio.server.SocketIoSocket;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A broadcast visits sockets in the order they connected, as Node's socket.io does: a client with
 * many sockets then reads its frames in the order it opened them (bench/socketio measured ~20 %
 * more load-generator CPU, and a longer tail, with hash order).
 */
@QuarkusTest
class BroadcastOrderTest {

    private static final Pattern SID = Pattern.compile("\\{\"sid\":\"([^\"]+)\"}");

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    @Inject
    SocketIoServer server;

    @Test
    void socketsAreVisitedInTheOrderTheyConnected() throws InterruptedException {
        Namespace namespace = server.of("/arrival-order");
        List<RawEngineClient.Ws> clients = new ArrayList<>();
        List<String> connected = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
                clients.add(ws);
                ws.next();
                ws.send("40/arrival-order,");
                Matcher sid = SID.matcher((String) ws.nextMessage());
                assertThat(sid.find()).isTrue();
                connected.add(sid.group(1));
            }
            clients.get(3).close(); // a leaver does not disturb the order of the others
            String left = connected.remove(3);
            await(() -> namespace.socket(left) == null);

            assertThat(namespace.sockets()).extracting(SocketIoSocket::id).containsExactlyElementsOf(connected);
        } finally {
            clients.forEach(RawEngineClient.Ws::close);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
