package org.kiloguardian.security.token;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * A token is 32 random bytes, so a fast digest is enough to store it: unlike a password there is
 * nothing to guess. The prefix makes a leaked token easy to recognise in a scan.
 */
final class TokenSecret {

    static final String PREFIX = "kg_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token's UTF-8, lowercase hex: what {@code api_token} stores. */
    static String digest(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
