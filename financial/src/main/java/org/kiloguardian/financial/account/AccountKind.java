package org.kiloguardian.financial.account;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AccountKind {
    @JsonProperty("checking") CHECKING,
    @JsonProperty("savings") SAVINGS,
    @JsonProperty("cash") CASH,
    @JsonProperty("credit_card") CREDIT_CARD
}
