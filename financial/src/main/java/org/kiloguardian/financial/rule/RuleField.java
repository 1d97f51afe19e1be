package org.kiloguardian.financial.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a rule looks at. */
public enum RuleField {
    @JsonProperty("payee") PAYEE,
    @JsonProperty("description") DESCRIPTION,
    /** payee or description */
    @JsonProperty("any") ANY
}
