package org.kiloguardian.financial.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a rule compares; both ignore case. */
public enum RuleOperator {
    /** the text contains the pattern literally */
    @JsonProperty("contains") CONTAINS,
    /** the regular expression is found somewhere in the text */
    @JsonProperty("matches") MATCHES
}
