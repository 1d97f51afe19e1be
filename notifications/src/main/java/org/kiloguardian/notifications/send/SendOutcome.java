package org.kiloguardian.notifications.send;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a push service or ntfy server answered: a status (0 when nothing answered), how long it
 * asked us to wait ({@code Retry-After}), and a short reason to keep for the household.
 */
public record SendOutcome(int status, Duration retryAfter, String detail) {

    public static SendOutcome answered(int status, HttpHeaders headers, String body, Instant now) {
        return new SendOutcome(status, retryAfter(headers.firstValue("Retry-After"), now),
                status / 100 == 2 ? null : excerpt("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body)));
    }

    public static SendOutcome unanswered(Exception failure) {
        return new SendOutcome(0, null, excerpt(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
    }

    public boolean delivered() {
        return status / 100 == 2;
    }

    /** The subscription is no more: the browser unsubscribed, or the push service dropped it. */
    public boolean gone() {
        return status == 404 || status == 410;
    }

    /** Worth another try later: too many requests, the server's trouble, or no answer at all. */
    public boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 10.2.3). */
    static Duration retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) {
            return null;
        }
        String value = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }
}
