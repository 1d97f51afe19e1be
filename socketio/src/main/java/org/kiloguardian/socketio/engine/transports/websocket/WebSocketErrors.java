package org.kiloguardian.socketio.engine.transports.websocket;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Closes a websocket after a failure on it. A message over {@code kilo.realtime.max-payload} (the
 * server's max frame and message size) closes with 1009 "message too big", as the reference server
 * (ws' maxPayload) does; anything else with a normal close.
 */
final class WebSocketErrors {

    static final int MESSAGE_TOO_BIG = WebSocketCloseStatus.MESSAGE_TOO_BIG.code();

    private WebSocketErrors() {
    }

    static void close(WebSocketConnection connection, Throwable failure) {
        if (!connection.isOpen()) {
            return;
        }
        var closing = tooBig(failure)
                ? connection.close(new CloseReason(MESSAGE_TOO_BIG, "Max payload size exceeded"))
                : connection.close();
        closing.subscribe().with(ok -> { }, ignored -> { });
    }

    /** Netty's frame decoder for a single frame over the limit; Vert.x' aggregator for a fragmented message. */
    static boolean tooBig(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CorruptedWebSocketFrameException corrupted
                    && corrupted.closeStatus() != null
                    && corrupted.closeStatus().code() == MESSAGE_TOO_BIG) {
                return true;
            }
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().contains("max message size")) {
                return true;
            }
        }
        return false;
    }
}
