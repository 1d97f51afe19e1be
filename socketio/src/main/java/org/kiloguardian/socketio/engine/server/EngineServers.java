package org.kiloguardian.socketio.engine.server;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.config.SocketIoConfig;

import io.vertx.core.Vertx;

/**
 * The two Engine.IO servers of the process: Socket.IO's at {@code /socket.io/}, and a raw one at
 * {@code /engine.io/} that only the conformance profile serves.
 */
@ApplicationScoped
public class EngineServers {

    public static final String SOCKET_IO_PATH = "/socket.io/";
    public static final String RAW_ENGINE_PATH = "/engine.io/";

    private final EngineServer socketIo;
    private final EngineServer rawEngine;
    private final SocketIoConfig config;

    EngineServers(SocketIoConfig config, Vertx vertx) {
        this.config = config;
        EngineOptions options = new EngineOptions(config.pingInterval().toMillis(),
                config.pingTimeout().toMillis(), config.maxPayload(), config.upgradeTimeout().toMillis(),
                config.maxQueuedPackets());
        this.socketIo = new EngineServer(SOCKET_IO_PATH, options, vertx);
        this.rawEngine = new EngineServer(RAW_ENGINE_PATH, options, vertx);
    }

    public EngineServer socketIo() {
        return socketIo;
    }

    public EngineServer rawEngine() {
        return rawEngine;
    }

    /** Whether the raw Engine.IO endpoint is served at all (conformance profile only). */
    public boolean rawEngineEnabled() {
        return config.conformance().enabled();
    }
}
