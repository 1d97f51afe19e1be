package org.kiloguardian.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.security.login.TooManyAttempts;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A throttled password attempt made through HTTP Basic fails inside Quarkus' authentication, before
 * any resource: it answers 429 with Retry-After rather than the generic 401, so a script knows to wait.
 */
@ApplicationScoped
public class TooManyAttemptsResponse {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        for (Throwable cause = context.failure(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyAttempts throttled && !context.response().headWritten()) {
                context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                ProblemResponses.refuse(context, 429, "Too Many Requests", throttled.getMessage());
                return;
            }
        }
        context.next();
    }
}
