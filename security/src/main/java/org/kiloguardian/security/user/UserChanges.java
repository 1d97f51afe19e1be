package org.kiloguardian.security.user;

import jakarta.validation.constraints.Size;

/** What an admin may change on a user; absent fields stay as they are. */
public record UserChanges(
        @Size(min = 1, max = 100) String displayName,
        Role role,
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password) {
}
