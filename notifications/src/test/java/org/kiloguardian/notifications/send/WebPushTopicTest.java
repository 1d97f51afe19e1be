package org.kiloguardian.notifications.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A push service replaces a waiting message by a newer one with the same Topic, so the topic of one
 * item must stay the same from one release to the next: the first 32 characters of the base64url
 * SHA-256 of the item's key (RFC 8030 allows 32 URL-safe characters).
 */
class WebPushTopicTest {

    @Test
    void theTopicIsTheFirst32Base64UrlCharactersOfTheKeysSha256() {
        assertThat(WebPushChannel.topic("dose-due:7:2026-12-04T07:00:00Z")).isEqualTo("qnkY4HQbZ64PmF2ry8UB3a9QyHMwPR6W");
        assertThat(WebPushChannel.topic("bill-due:grandma:électricité")).isEqualTo("90Aq3wF7M2v8vugwZpuj7f679S_Mh-An");
    }
}
