package org.kiloguardian.socketio.engine.transports.polling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.socketio.config.SocketIoConfig;
import org.kiloguardian.socketio.engine.server.EngineError;
import org.kiloguardian.socketio.engine.server.EngineRequest;
import org.kiloguardian.socketio.engine.server.EngineServer;
import org.kiloguardian.socketio.engine.server.EngineServers;
import org.kiloguardian.socketio.engine.socket.EngineSocket;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the Engine.IO servers on the application's one router: long-polling GET/POST
 * and the validation of websocket upgrades, which then go on to the websockets-next endpoint.
 * Ordered before REST, the reserved-path fallback (9000) and Vaadin (10000).
 */
@ApplicationScoped
public class PollingRoutes {

    static final int ORDER = -10;

    private final EngineServers servers;
    private final SocketIoConfig config;

    PollingRoutes(EngineServers servers, SocketIoConfig config) {
        this.servers = servers;
        this.config = config;
    }

    void install(@Observes Router router) {
        install(router, servers.socketIo());
        if (servers.rawEngineEnabled()) {
            install(router, servers.rawEngine());
        } else {
            String path = servers.rawEngine().path();
            router.route(prefix(path) + "/*").order(ORDER).handler(context -> {
                if (isEndpoint(context, path)) {
                    context.response().setStatusCode(404)
                            .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end();
                } else {
                    context.next();
                }
            });
        }
    }

    private void install(Router router, EngineServer server) {
        String all = prefix(server.path()) + "/*";
        List<String> origins = config.cors().origins().orElse(List.of());
        if (!origins.isEmpty()) {
            router.route(all).order(ORDER - 2).handler(new CorsPolicy(origins, config.cors().credentials()));
        }
        // Without a body handler a POST body never completes; false: no file-uploads/ directory.
        router.post(all).order(ORDER - 1)
                .handler(BodyHandler.create(false).setBodyLimit(server.options().maxPayload()));
        router.route(all).order(ORDER).handler(context -> handle(server, context));
    }

    private void handle(EngineServer server, RoutingContext context) {
        if (!isEndpoint(context, server.path())) {
            context.next();
            return;
        }
        var request = context.request();
        boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
        String sid = request.getParam("sid");
        Optional<EngineError> error = server.verify(request.method().name(), request.getParam("transport"), sid,
                request.getParam("EIO"), upgrade);
        if (error.isPresent()) {
            fail(context, error.get());
            return;
        }
        if (upgrade) {
            context.next();
            return;
        }
        if (sid == null) {
            PollingTransport transport = new PollingTransport();
            server.open(transport, engineRequest(context));
            transport.onPoll(context);
            return;
        }
        EngineSocket session = server.session(sid);
        if (session == null) {
            fail(context, EngineError.UNKNOWN_SID);
            return;
        }
        // During an upgrade the client's "5" may be read but not yet handled: decide after it.
        session.afterUpgradeInput(() -> serve(server, context, sid));
    }

    private void serve(EngineServer server, RoutingContext context, String sid) {
        var request = context.request();
        Optional<EngineError> error = server.verify(request.method().name(), request.getParam("transport"), sid,
                request.getParam("EIO"), false);
        if (error.isPresent()) {
            fail(context, error.get());
            return;
        }
        EngineSocket session = server.session(sid);
        if (session == null || !(session.transport() instanceof PollingTransport transport)) {
            fail(context, session == null ? EngineError.UNKNOWN_SID : EngineError.BAD_REQUEST);
            return;
        }
        switch (request.method().name()) {
            case "GET" -> transport.onPoll(context);
            case "POST" -> transport.onData(context);
            default -> fail(context, EngineError.BAD_REQUEST);
        }
    }

    static void fail(RoutingContext context, EngineError error) {
        context.response()
                .setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(error.json());
    }

    private static boolean isEndpoint(RoutingContext context, String path) {
        String requested = context.request().path();
        return path.equals(requested) || prefix(path).equals(requested);
    }

    private static String prefix(String path) {
        return path.substring(0, path.length() - 1);
    }

    static EngineRequest engineRequest(RoutingContext context) {
        return new EngineRequest(toMap(context.queryParams()), toMap(context.request().headers()),
                context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress(),
                context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                        ? user.getSecurityIdentity() : null);
    }

    private static Map<String, List<String>> toMap(MultiMap multiMap) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        multiMap.forEach(entry -> map.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return map;
    }
}
