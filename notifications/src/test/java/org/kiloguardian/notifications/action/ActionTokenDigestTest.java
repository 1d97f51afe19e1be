package org.kiloguardian.notifications.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only the digest of a notification's action token is stored: it must never change, or the buttons
 * of notifications already on phones would stop working. Expected: {@code printf %s TOKEN | sha256sum}.
 */
class ActionTokenDigestTest {

    @Test
    void theDigestIsTheLowercaseHexSha256OfTheTokensUtf8() {
        assertThat(ActionTokens.digest("kn_ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkj"))
                .isEqualTo("841abea20564d79f3bd1cc51f8c30e2299e45862320c7e99325d194b5faec97d");
    }
}
