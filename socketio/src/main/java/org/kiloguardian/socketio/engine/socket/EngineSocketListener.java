package org.kiloguardian.socketio.engine.socket;

import org.kiloguardian.socketio.engine.parser.EnginePacket;

/** What the layer above (Socket.IO, or the raw echo) hears from one Engine.IO session. */
public interface EngineSocketListener {

    /** A MESSAGE packet, text or binary, in the order the client sent them. */
    void onMessage(EnginePacket message);

    /** Called once when the session ends, with the reason (e.g. "ping timeout", "transport close"). */
    void onClose(String reason);
}
