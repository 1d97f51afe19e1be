package org.kiloguardian.security.user;

import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record UserView(Long id, String username, String displayName, Role role, boolean darkTheme, Instant createdAt) {

    public static UserView of(HouseholdUser user) {
        return new UserView(user.id, user.username, user.displayName, user.role, user.darkTheme, user.createdAt);
    }
}
