package org.kiloguardian.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * A password travels in an HTTP Basic header only to create an API token; everywhere else a
 * script uses that token. Refusing Basic elsewhere keeps passwords out of every other request.
 */
@ApplicationScoped
public class BasicOnlyForTokenCreation {

    void register(@Observes Filters filters) {
        filters.register(this::check, 110);
    }

    private void check(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && !isTokenCreation(context)) {
            ProblemResponses.refuse(context, 401, "Unauthorized",
                    "HTTP Basic is accepted by POST /api/tokens only: create a token there and send it as a Bearer token.");
            return;
        }
        context.next();
    }

    private static boolean isTokenCreation(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == HttpMethod.POST && ("/api/tokens".equals(path) || "/api/tokens/".equals(path));
    }
}
