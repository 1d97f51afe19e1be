package org.kiloguardian.financial.account;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client sends to open or change an account. */
public record AccountRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull AccountKind kind,
        @Digits(integer = 15, fraction = 4) BigDecimal openingBalance,
        Boolean defaultAccount,
        /** Warn the household when the balance falls under this; absent: no warning. */
        @Digits(integer = 15, fraction = 4) BigDecimal lowBalanceBelow) {

    /** Without a low-balance warning. */
    public AccountRequest(String name, AccountKind kind, BigDecimal openingBalance, Boolean defaultAccount) {
        this(name, kind, openingBalance, defaultAccount, null);
    }
}
