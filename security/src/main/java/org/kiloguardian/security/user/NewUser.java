package org.kiloguardian.security.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewUser(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may use letters, digits, '.', '_' and '-' only")
        String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
        @NotNull Role role) {
}
