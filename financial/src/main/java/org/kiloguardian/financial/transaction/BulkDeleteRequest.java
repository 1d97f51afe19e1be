package org.kiloguardian.financial.transaction;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BulkDeleteRequest(@NotEmpty @Size(max = 1000) List<@NotNull Long> ids) {
}
