package org.kiloguardian.security.login;

import java.util.Optional;

import org.kiloguardian.security.account.Role;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a household user, and reads back how it was authenticated. */
public final class HouseholdIdentity {

    /** Present when the request was authenticated with an API token: the token's id. */
    public static final String TOKEN_ID = "kilo.token-id";

    private HouseholdIdentity() {
    }

    public static SecurityIdentity of(String username, Role role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.roleName())
                .build();
    }

    public static SecurityIdentity ofToken(String username, Role role, long tokenId) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.roleName())
                .addAttribute(TOKEN_ID, tokenId)
                .build();
    }

    public static Optional<Long> tokenId(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(TOKEN_ID));
    }
}
