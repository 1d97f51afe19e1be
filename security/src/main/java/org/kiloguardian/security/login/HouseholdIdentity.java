package org.kiloguardian.security.login;

import java.time.Instant;
import java.util.Optional;

import org.kiloguardian.security.user.Role;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a household user, and reads back how it was authenticated. */
public final class HouseholdIdentity {

    /** Present when the request was authenticated with an API token: the token's id. */
    public static final String TOKEN_ID = "kilo.token-id";

    /** When the credential of this request stops working by itself (a session's or token's end), if it does. */
    public static final String EXPIRES_AT = "kilo.expires-at";

    /**
     * When the credential was found valid. A socket whose connection opened with this identity may
     * send its CONNECT much later: whatever ended the credential since then refuses it.
     */
    public static final String CHECKED_AT = "kilo.checked-at";

    private HouseholdIdentity() {
    }

    public static SecurityIdentity of(String username, Role role) {
        return builder(username, role).build();
    }

    public static SecurityIdentity ofSession(String username, Role role, Instant expiresAt) {
        return builder(username, role).addAttribute(EXPIRES_AT, expiresAt).build();
    }

    public static SecurityIdentity ofToken(String username, Role role, long tokenId, Instant expiresAt) {
        QuarkusSecurityIdentity.Builder identity = builder(username, role).addAttribute(TOKEN_ID, tokenId);
        if (expiresAt != null) {
            identity.addAttribute(EXPIRES_AT, expiresAt);
        }
        return identity.build();
    }

    public static Optional<Long> tokenId(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(TOKEN_ID));
    }

    public static Optional<Instant> expiresAt(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(EXPIRES_AT));
    }

    public static Optional<Instant> checkedAt(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(CHECKED_AT));
    }

    private static QuarkusSecurityIdentity.Builder builder(String username, Role role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.roleName())
                .addAttribute(CHECKED_AT, Instant.now());
    }
}
