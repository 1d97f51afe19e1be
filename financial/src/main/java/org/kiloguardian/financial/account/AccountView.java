package org.kiloguardian.financial.account;

import java.math.BigDecimal;

import org.kiloguardian.financial.money.Money;

/** An account as clients see it, with its current balance in the household currency. */
public record AccountView(Long id, String name, AccountKind kind, BigDecimal openingBalance, BigDecimal balance,
        String currency, boolean defaultAccount, BigDecimal lowBalanceBelow) {

    static AccountView of(Account account, BigDecimal transactionsTotal, String currency) {
        return new AccountView(account.id, account.name, account.kind, Money.shown(account.openingBalance),
                Money.shown(account.openingBalance.add(Money.orZero(transactionsTotal))), currency, account.defaultAccount,
                Money.shown(account.lowBalanceBelow));
    }
}
