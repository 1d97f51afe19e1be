package org.kiloguardian.financial.rule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.financial.category.KnownCategory;

@CompilablePattern
public record RuleRequest(
        @NotNull RuleField field,
        @NotNull RuleOperator operator,
        @NotBlank @Size(max = 200) String pattern,
        @NotBlank @KnownCategory String category,
        @Min(0) @Max(10_000) Integer priority) {
}
