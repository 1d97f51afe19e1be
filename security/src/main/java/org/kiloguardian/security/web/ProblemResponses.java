package org.kiloguardian.security.web;

import org.kiloguardian.rest.problem.Problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 bodies for the refusals made before a request reaches REST. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void refuse(RoutingContext context, int status, String title, String detail) {
        Problem problem = Problem.of(status, title, detail, context.request().path());
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
