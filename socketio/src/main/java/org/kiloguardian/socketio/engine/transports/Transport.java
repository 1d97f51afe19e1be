package org.kiloguardian.socketio.engine.transports;

import java.util.List;

import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.socket.EngineSocket;

/**
 * A way to move Engine.IO packets: long-polling or websocket. A session owns one active transport
 * and, while upgrading, a second one being probed. {@link #send}, {@link #writable} and
 * {@link #close} are called with the session's lock held and return without blocking.
 */
public interface Transport {

    String name();

    /** Called once by the session that owns this transport. */
    void bind(EngineSocket session);

    /** Whether packets can be written right now (polling: a GET is pending; websocket: until closed). */
    boolean writable();

    /** Writes the packets in order; only called when {@link #writable()}. */
    void send(List<EnginePacket> packets);

    /** Packets accepted by {@link #send} and not yet handed to the network. */
    int queuedPackets();

    /**
     * Releases the transport. {@code notifyClient}: the server ends the session, so a pending poll is
     * answered with a close packet (otherwise with a noop) and a websocket is closed after what is
     * already queued.
     */
    void close(boolean notifyClient);

    /**
     * The session moved to another transport. A request still waiting here came after the move as
     * far as the client is concerned (polling: answered 400, as a poll on an upgraded session).
     */
    default void discard() {
        close(false);
    }

    /**
     * Runs {@code task} once every message this transport has already read from the network has
     * reached the session. WebSockets Next hands each websocket message to its endpoint in a task
     * of its own, so a packet read before an HTTP request may still wait when the request is routed.
     */
    default void afterReceived(Runnable task) {
        task.run();
    }
}
