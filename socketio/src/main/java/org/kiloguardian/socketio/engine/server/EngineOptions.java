package org.kiloguardian.socketio.engine.server;

/** Timings and limits of one Engine.IO server, in milliseconds and bytes. */
public record EngineOptions(long pingIntervalMillis, long pingTimeoutMillis, int maxPayload,
        long upgradeTimeoutMillis, int maxQueuedPackets) {
}
