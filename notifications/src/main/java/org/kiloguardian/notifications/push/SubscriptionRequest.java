package org.kiloguardian.notifications.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} writes it, plus a name for the
 * device: {@code {endpoint, expirationTime, keys: {p256dh, auth}, device}}.
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be the push service's http(s) URL") String endpoint,
        Long expirationTime,
        @NotNull @Valid Keys keys,
        @Size(max = 200) String device) {

    /** base64url: a 65-byte uncompressed P-256 point (87 characters) and a 16-byte secret (22). */
    public record Keys(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{87}=?", message = "must be the browser's P-256 public key (base64url, 65 bytes)") String p256dh,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{22}(==)?", message = "must be the browser's auth secret (base64url, 16 bytes)") String auth) {
    }
}
