package org.kiloguardian.socketio.engine.transports.polling;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-origin polling for the allowed origins, answered like the {@code cors} middleware of the
 * reference server: a disallowed origin simply gets no CORS headers (the browser then refuses).
 * Kept here rather than Quarkus' global CORS filter so it covers only the real-time endpoints.
 */
final class CorsPolicy implements Handler<RoutingContext> {

    private final List<String> origins;
    private final boolean credentials;

    CorsPolicy(List<String> origins, boolean credentials) {
        this.origins = origins;
        this.credentials = credentials;
    }

    @Override
    public void handle(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        boolean anyOrigin = origins.contains("*");
        if (origin != null && (anyOrigin || origins.contains(origin))) {
            var response = context.response();
            // "*" cannot be combined with credentials, so the origin is echoed back instead.
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, anyOrigin && !credentials ? "*" : origin);
            response.putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (credentials) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            }
            if (context.request().method() == HttpMethod.OPTIONS
                    && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
                String requested = context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,POST");
                if (requested != null) {
                    response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, requested);
                }
                response.setStatusCode(204).end();
                return;
            }
        }
        context.next();
    }
}
