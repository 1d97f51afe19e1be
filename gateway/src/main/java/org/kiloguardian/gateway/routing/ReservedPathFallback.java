package org.kiloguardian.gateway.routing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.rest.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Vaadin is the catch-all route of the server (order 10000), so an unknown {@code /api/...} path
 * would otherwise be answered with the UI's HTML and a 200: the old gateway's shadowing bug again.
 * This route sits after every real handler under the reserved prefixes and before Vaadin, and
 * answers what reaches it with a JSON 404.
 */
@ApplicationScoped
public class ReservedPathFallback {

    /** Path prefixes that belong to machines and must never be answered by the UI. */
    public static final List<String> RESERVED_PREFIXES = List.of("/api", "/q", "/socket.io");

    /** After REST (order 1500 with the servlet present) and Quarkus' own routes, before Vaadin (10000). */
    static final int ORDER = 9_000;

    private final ObjectMapper json;

    ReservedPathFallback(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        for (String prefix : RESERVED_PREFIXES) {
            router.route(prefix + "/*").order(ORDER).handler(this::notFound);
        }
    }

    private void notFound(RoutingContext context) {
        String path = context.request().path();
        Problem problem = Problem.of(404, "Not Found", "Nothing is served at " + path + ".", path);
        try {
            context.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
