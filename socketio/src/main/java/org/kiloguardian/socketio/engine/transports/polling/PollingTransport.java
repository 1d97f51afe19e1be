package org.kiloguardian.socketio.engine.transports.polling;

import java.util.List;

import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.parser.EnginePayload;
import org.kiloguardian.socketio.engine.parser.MalformedEnginePacketException;
import org.kiloguardian.socketio.engine.server.EngineError;
import org.kiloguardian.socketio.engine.socket.EngineSocket;
import org.kiloguardian.socketio.engine.transports.Transport;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP long-polling: a GET is parked until packets are ready (one GET at a time), a POST carries
 * packets from the client. State is guarded by the owning session's monitor.
 */
public final class PollingTransport implements Transport {

    private EngineSocket session;
    private RoutingContext pendingGet;
    private boolean closed;

    @Override
    public String name() {
        return "polling";
    }

    @Override
    public void bind(EngineSocket session) {
        this.session = session;
    }

    @Override
    public boolean writable() {
        return pendingGet != null && !closed;
    }

    @Override
    public int queuedPackets() {
        return 0;
    }

    @Override
    public void send(List<EnginePacket> packets) {
        RoutingContext get = pendingGet;
        pendingGet = null;
        get.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(EnginePayload.encode(packets));
    }

    @Override
    public void close(boolean notifyClient) {
        if (pendingGet != null) {
            send(List.of(notifyClient ? EnginePacket.CLOSE : EnginePacket.NOOP));
        }
        closed = true;
    }

    @Override
    public void discard() {
        if (pendingGet != null) {
            RoutingContext get = pendingGet;
            pendingGet = null;
            PollingRoutes.fail(get, EngineError.BAD_REQUEST);
        }
        closed = true;
    }

    /** A GET for this session: parked until there is something to send. */
    void onPoll(RoutingContext get) {
        synchronized (session) {
            if (closed) {
                PollingRoutes.fail(get, EngineError.BAD_REQUEST);
                return;
            }
            if (pendingGet != null) {
                // A second concurrent GET is a protocol error that ends the session, as in the reference.
                PollingRoutes.fail(get, EngineError.BAD_REQUEST);
                session.terminate("overlap from client");
                return;
            }
            pendingGet = get;
            get.response().closeHandler(v -> onPollAbandoned(get));
            session.onWritable(this);
        }
    }

    /** A POST for this session: every packet of the payload goes to the session, then "ok". */
    void onData(RoutingContext post) {
        String contentType = post.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/octet-stream")) {
            PollingRoutes.fail(post, EngineError.BAD_REQUEST);
            session.onTransportError(this, "invalid content");
            return;
        }
        List<EnginePacket> packets;
        try {
            packets = EnginePayload.decode(post.body().asString("UTF-8"));
        } catch (MalformedEnginePacketException e) {
            PollingRoutes.fail(post, EngineError.BAD_REQUEST);
            session.onTransportError(this, "parse error");
            return;
        }
        for (EnginePacket packet : packets) {
            session.onPacket(packet, this);
        }
        post.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("ok");
    }

    private void onPollAbandoned(RoutingContext get) {
        synchronized (session) {
            if (pendingGet == get) {
                pendingGet = null;
                session.terminate("poll connection closed prematurely");
            }
        }
    }
}
