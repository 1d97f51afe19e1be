package org.kiloguardian.socketio.engine.transports.websocket;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

import org.jboss.logging.Logger;
import org.kiloguardian.socketio.engine.parser.EnginePacket;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.impl.WebSocketInternal;

/**
 * Writes Engine.IO packets to one websocket. Broadcasting to 5,000 sockets ten times a second
 * (bench/socketio), the per-frame layers above Netty were most of the server's work and garbage:
 * WebSockets Next's send methods wrap every frame in a Uni that snapshots each thread context,
 * and Vert.x's {@code writeFrame} allocates a frame, two promises and their listeners, and Netty
 * then frames the payload again for every socket. So a text packet goes to the connection's Netty
 * channel as one websocket frame encoded once per packet ({@link TextFrames}), the way Node's
 * socket.io sends a pre-encoded broadcast frame. WebSockets Next keeps the Vert.x socket under a
 * connection package-private, so it is reached once per connection by reflection; if a Quarkus
 * upgrade moves it, the public API is used and only speed is lost ({@code FrameWriterTest} fails
 * first).
 */
public final class FrameWriter {

    private static final Logger LOG = Logger.getLogger(FrameWriter.class);
    private static final MethodHandle VERTX_SOCKET = vertxSocketAccessor();
    private static final ClassValue<Field> DELEGATE_FIELDS = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            return delegateField(type);
        }
    };

    private final WebSocketConnection connection;
    private final WebSocketBase socket;
    private final ChannelHandlerContext channel;
    private final Runnable written;

    /** {@code written} runs once for every packet, when it is out or has failed. */
    FrameWriter(WebSocketConnection connection, Runnable written) {
        this.connection = connection;
        this.socket = vertxSocket(connection);
        this.channel = nettyChannel(socket);
        this.written = written;
    }

    /** The Netty context Vert.x reads and writes this websocket from; null after an incompatible upgrade. */
    ChannelHandlerContext nettyContext() {
        return channel;
    }

    /** Whether text frames go straight to Netty (false only after an incompatible upgrade). */
    boolean direct() {
        return channel != null;
    }

    /**
     * Whether text frames to this connection take the fast path (straight to its Netty channel);
     * for the embedding application's test against a running server ({@code FrameWriterTest}).
     */
    public static boolean writesDirectly(WebSocketConnection connection) {
        return new FrameWriter(connection, () -> { }).direct();
    }

    /** Must run on the connection's event loop. */
    void write(EnginePacket packet) {
        if (channel != null && !packet.isBinary()) {
            // The frame's bytes are shared by every recipient of a broadcast; Netty only reads them.
            channel.writeAndFlush(Unpooled.wrappedBuffer(packet.encodeTransportFrame(TextFrames::frame)),
                    new WrittenPromise(channel.channel(), written));
        } else if (socket != null && packet.isBinary()) {
            socket.writeBinaryMessage(Buffer.buffer(packet.binary()), result -> written.run());
        } else {
            var send = packet.isBinary() ? connection.sendBinary(Buffer.buffer(packet.binary()))
                    : connection.sendText(packet.encodeText());
            send.subscribe().with(ok -> written.run(), failure -> written.run());
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

    /** The Netty context Vert.x writes this websocket's frames from; Vert.x Web may wrap the socket. */
    private static ChannelHandlerContext nettyChannel(WebSocketBase socket) {
        try {
            Object current = socket;
            for (int depth = 0; current != null && depth < 3; depth++) {
                if (current instanceof WebSocketInternal internal) {
                    return internal.channelHandlerContext();
                }
                current = delegateOf(current);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("websocket frames go through the Vert.x API (slower): %s", e);
        }
        return null;
    }

    private static Object delegateOf(Object wrapper) throws ReflectiveOperationException {
        Field delegate = DELEGATE_FIELDS.get(wrapper.getClass());
        return delegate == null ? null : delegate.get(wrapper);
    }

    /** A wrapper's {@code delegate} socket field, looked up once per wrapper class. */
    private static Field delegateField(Class<?> wrapper) {
        for (Field field : wrapper.getDeclaredFields()) {
            if (field.getName().equals("delegate") && WebSocketBase.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                return field;
            }
        }
        return null;
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
