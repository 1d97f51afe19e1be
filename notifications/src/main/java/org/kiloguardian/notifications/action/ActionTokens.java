package org.kiloguardian.notifications.action;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.digest.DigestUtils;
import org.kiloguardian.notifications.config.NotificationsConfig;
import org.kiloguardian.notifications.outbox.Delivery;

/**
 * The tokens behind a notification's "Taken" and "Snooze": 32 random bytes, bound to one dose,
 * single-use, expiring after {@code kilo.notifications.action-token-lifetime}. Only their SHA-256
 * digest is stored, as with API tokens: a copy of the database cannot take anyone's dose.
 */
@ApplicationScoped
public class ActionTokens {

    /** Recognisable in a log or a scan, like the API tokens' kg_. */
    static final String PREFIX = "kn_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationsConfig config;

    ActionTokens(NotificationsConfig config) {
        this.config = config;
    }

    /** A fresh token for a dose-due delivery about to be sent; an earlier try's token stops working. In the caller's transaction. */
    public String issue(Delivery delivery, Instant now) {
        ActionToken.delete("deliveryId = ?1 and usedAt is null", delivery.id);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ActionToken stored = new ActionToken();
        stored.digest = digest(token);
        stored.deliveryId = delivery.id;
        stored.medicationId = delivery.medicationId;
        stored.scheduledAt = delivery.scheduledAt;
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.actionTokenLifetime());
        stored.persist();
        return token;
    }

    /** SHA-256 of the token's UTF-8, lowercase hex, as API tokens are kept. */
    static String digest(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
