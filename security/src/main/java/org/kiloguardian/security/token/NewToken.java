package org.kiloguardian.security.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A token request: a name to recognise it by, and how long it lives (default from config, 0 = never expires). */
public record NewToken(@NotBlank @Size(max = 100) String name, @Min(0) @Max(3650) Integer expiresInDays) {
}
