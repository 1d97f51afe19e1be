package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.financial.category.KnownCategory;
import org.kiloguardian.rest.StorableDate;

/**
 * A transaction as a client writes it. {@code amount} is signed from {@code accountId}'s side:
 * negative money goes out. A transfer moves money between {@code accountId} and
 * {@code transferAccountId}: the other side gets the opposite amount. Without {@code accountId}
 * the default account is meant, without {@code date} today, without {@code category} the first
 * matching rule decides, else the fallback category.
 */
@ConsistentTransaction
public record TransactionRequest(
        @KnownAccount Long accountId,
        @StorableDate LocalDate date,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
        TransactionType type,
        @Size(max = 500) String description,
        @Size(max = 200) String payee,
        @KnownCategory String category,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        @Size(max = 2000) String notes,
        @KnownAccount Long transferAccountId,
        @Size(max = 100) String bankReference) {
}
