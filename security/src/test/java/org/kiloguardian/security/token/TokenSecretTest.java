package org.kiloguardian.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only the digest of a token is stored, so the digest must never change: a token issued before
 * would stop working. The expected values come from {@code printf %s TOKEN | sha256sum}.
 */
class TokenSecretTest {

    @Test
    void theDigestIsTheLowercaseHexSha256OfTheTokensUtf8() {
        assertThat(TokenSecret.digest("kg_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"))
                .isEqualTo("a63022f5e608f3958d5ab1ad8497400f263d80ba32fcf4461c0214fc63183b5d");
        assertThat(TokenSecret.digest("kg_é")).isEqualTo("00c16a5cbfc800db73771b4d1241f6ffd790e952f6a9a24481e9df1187f80ff3");
    }

    @Test
    void aFreshTokenIsPrefixedAndItsDigestIsSixtyFourHexDigits() {
        String token = TokenSecret.generate();

        assertThat(token).startsWith(TokenSecret.PREFIX).hasSize(TokenSecret.PREFIX.length() + 43);
        assertThat(TokenSecret.digest(token)).matches("[0-9a-f]{64}");
    }
}
