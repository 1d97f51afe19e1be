package org.kiloguardian.gateway.realtime;

import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The npm socket.io-client v4 against this server, over websocket and over long-polling:
 * household events, events and acks both ways (JSON and binary), rooms, namespaces, the emitter
 * bean, disconnects, and the polling-to-websocket upgrade.
 */
@QuarkusTest
class NpmSocketIoClientTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void householdEventsOnConnectAndPing(String transport) {
        NodeClient.run(base.toString(), "household", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void eventsAndAcksWithJsonAndBinary(String transport) {
        NodeClient.run(base.toString(), "echo", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void serverEmitWithAckAndItsTimeout(String transport) {
        NodeClient.run(base.toString(), "server-ack", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void roomsAndBroadcastToOthers(String transport) {
        NodeClient.run(base.toString(), "rooms", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void namespacesMultiplexedAndRefused(String transport) {
        NodeClient.run(base.toString(), "namespaces", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void emitterBeanReachesAllRoomsAndNamespaces(String transport) {
        NodeClient.run(base.toString(), "emitter", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void disconnectFromEitherSide(String transport) {
        NodeClient.run(base.toString(), "disconnect", transport);
    }

    /** 100 KB, 500 KB and 999 KB round trips; 1.1 MB ends the connection (websocket: close 1009). */
    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void messagesUpToMaxPayloadAndNotBeyond(String transport) {
        NodeClient.run(base.toString(), "big-payload", transport);
    }

    @ParameterizedTest
    @ValueSource(strings = { "polling,websocket" })
    void upgradeFromPollingToWebsocket(String transports) {
        NodeClient.run(base.toString(), "upgrade", transports);
    }
}
