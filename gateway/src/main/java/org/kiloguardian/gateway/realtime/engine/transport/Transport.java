package org.kiloguardian.gateway.realtime.engine.transport;

import java.util.List;

import org.kiloguardian.gateway.realtime.engine.parser.EnginePacket;
import org.kiloguardian.gateway.realtime.engine.socket.EngineSocket;

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
}
