package org.kiloguardian.gateway.realtime.engine.transports.websocket;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;
import org.kiloguardian.gateway.realtime.engine.parser.EnginePacket;

import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * Writes Engine.IO packets to one websocket. WebSockets Next's public send methods wrap every
 * frame in a Uni that snapshots each thread context (ArC, servlet, transaction), and Vert.x's
 * {@code writeTextMessage} encodes the String again for every socket; broadcasting to 5,000
 * sockets ten times a second, those were the largest share of the server's CPU and garbage
 * (bench/socketio). So frames go straight to the Vert.x websocket under the connection, which
 * WebSockets Next keeps package-private, as the packet's UTF-8 bytes, encoded once per broadcast.
 * If a Quarkus upgrade moves that socket, the public API is used and only speed is lost
 * ({@code FrameWriterTest} fails first).
 */
final class FrameWriter {

    private static final Logger LOG = Logger.getLogger(FrameWriter.class);
    private static final MethodHandle VERTX_SOCKET = vertxSocketAccessor();

    private final WebSocketConnection connection;
    private final WebSocketBase socket;

    FrameWriter(WebSocketConnection connection) {
        this.connection = connection;
        this.socket = vertxSocket(connection);
    }

    /** Whether frames bypass the WebSockets Next API (false only after an incompatible upgrade). */
    boolean direct() {
        return socket != null;
    }

    /** Must run on the connection's event loop; {@code written} runs once the frame is out or failed. */
    void write(EnginePacket packet, Runnable written) {
        if (socket == null) {
            var send = packet.isBinary() ? connection.sendBinary(Buffer.buffer(packet.binary()))
                    : connection.sendText(packet.encodeText());
            send.subscribe().with(ok -> written.run(), failure -> written.run());
        } else if (packet.isBinary()) {
            socket.writeBinaryMessage(Buffer.buffer(packet.binary()), result -> written.run());
        } else {
            // Wraps the shared bytes, no copy; Netty releases only the wrapper.
            socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, packet.encodeTextUtf8(), true),
                    result -> written.run());
        }
    }

    private static WebSocketBase vertxSocket(WebSocketConnection connection) {
        if (VERTX_SOCKET == null) {
            return null;
        }
        try {
            return (WebSocketBase) VERTX_SOCKET.invoke(connection);
        } catch (Throwable e) {
            return null;
        }
    }

    private static MethodHandle vertxSocketAccessor() {
        try {
            Class<?> base = Class.forName("io.quarkus.websockets.next.runtime.WebSocketConnectionBase",
                    false, WebSocketConnection.class.getClassLoader());
            var method = base.getDeclaredMethod("webSocket");
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method)
                    .asType(MethodType.methodType(WebSocketBase.class, WebSocketConnection.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("websocket frames go through the WebSockets Next API (slower): %s", e);
            return null;
        }
    }
}
