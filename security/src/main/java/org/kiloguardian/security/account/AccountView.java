package org.kiloguardian.security.account;

import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record AccountView(Long id, String username, String displayName, Role role, boolean darkTheme, Instant createdAt) {

    public static AccountView of(HouseholdUser user) {
        return new AccountView(user.id, user.username, user.displayName, user.role, user.darkTheme, user.createdAt);
    }
}
