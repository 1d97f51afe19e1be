package org.kiloguardian.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.database.DatabaseUnavailable;

/**
 * The answer to a request that failed because the database cannot be reached: 503 with
 * {@code Retry-After}, nobody's bug and not worth an error reference. Scripts and the UI's own calls
 * get a problem body; a browser loading a page (the database is needed to check its session) gets a
 * short page that says what is going on and reloads itself.
 */
final class DatabaseUnavailableAnswer {

    static final String TITLE = "Service Unavailable";
    static final String DETAIL = "The database is unavailable right now (it may be restarting). Try again in a few seconds.";

    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="%1$d%2$s">
            <title>Database unavailable · Kilo Guardian</title>
            <style>body{font-family:system-ui,sans-serif;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center;
            background:#f4f6fb;color:#1a1f36}main{max-width:32rem;padding:2rem;text-align:center}h1{font-size:1.4rem}</style>
            </head><body><main id="database-unavailable">
            <h1>The database is unavailable</h1>
            <p>Kilo Guardian cannot reach its database right now, for example while it restarts. Nothing saved is lost.</p>
            <p>Retrying: this page reloads by itself every %1$d seconds.</p>
            </main></body></html>
            """;

    private DatabaseUnavailableAnswer() {
    }

    /** {@code method} decides what the page reloads: the same page, or the app's start after a form was posted. */
    static RestResponse<?> to(HttpHeaders headers, String method, String path) {
        RestResponse.ResponseBuilder<Object> answer = RestResponse.ResponseBuilder.create(RestResponse.Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsAPage(headers)) {
            String reload = "GET".equals(method) || "HEAD".equals(method) ? "" : "; url=/";
            return answer.entity(PAGE.formatted(DatabaseUnavailable.RETRY_AFTER_SECONDS, reload))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return answer.entity(Problem.of(503, TITLE, DETAIL, path)).type(Problem.MEDIA_TYPE).build();
    }

    /** A browser navigating names text/html; fetches, XHRs and scripts accept JSON or anything. */
    private static boolean wantsAPage(HttpHeaders headers) {
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
    }
}
