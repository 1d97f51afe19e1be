package org.kiloguardian.notifications.send;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.notifications.config.NotificationsConfig;

/**
 * One POST to a push service or an ntfy server, whatever happens turned into a {@link SendOutcome}:
 * the channels say what to send, this says how it went. Redirects are not followed (a push
 * endpoint that moves is answered as gone or failed, never sent on to an address nobody chose).
 */
@ApplicationScoped
class OutgoingPost {

    /** Builds the request; may fail (an unreadable topic, a payload that cannot be encrypted). */
    interface Request {
        HttpRequest.Builder build() throws IOException;
    }

    private final NotificationsConfig config;
    private final Clock clock;
    private final HttpClient http;

    OutgoingPost(NotificationsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    SendOutcome send(Request request) {
        try {
            HttpResponse<String> response = http.send(request.build().timeout(config.timeout()).build(), HttpResponse.BodyHandlers.ofString());
            return SendOutcome.answered(response.statusCode(), response.headers(), response.body(), clock.instant());
        } catch (IOException | RuntimeException e) {
            return SendOutcome.unanswered(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.unanswered(e);
        }
    }
}
