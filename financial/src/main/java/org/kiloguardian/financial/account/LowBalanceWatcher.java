package org.kiloguardian.financial.account;

import java.math.BigDecimal;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.financial.alert.AlertChecks;
import org.kiloguardian.financial.alert.AlertLedger;
import org.kiloguardian.financial.alert.AlertWording;
import org.kiloguardian.financial.event.LowBalance;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.money.Money;

/**
 * Raises {@link LowBalance} when a change leaves an account under the level the household set for
 * it, once per fall: the ledger remembers the alert until the balance is back at or above the
 * level. It runs inside the transaction of the change, so the alert goes out only if the change
 * commits; an import is checked once at its end ({@link AlertChecks}).
 */
@ApplicationScoped
public class LowBalanceWatcher {

    private static final String KIND = "LOW_BALANCE";
    /** One alert per account at a time: the ledger's period is the same for every fall. */
    private static final String UNDER = "under";

    private final AlertLedger ledger;
    private final AlertChecks checks;
    private final HouseholdCurrency currency;
    private final Event<LowBalance> low;
    private final Clock clock;
    private final AlertWording wording;

    LowBalanceWatcher(AlertLedger ledger, AlertChecks checks, HouseholdCurrency currency, Event<LowBalance> low, Clock clock,
            AlertWording wording) {
        this.ledger = ledger;
        this.wording = wording;
        this.checks = checks;
        this.currency = currency;
        this.low = low;
        this.clock = clock;
    }

    void added(@Observes TransactionAdded event) {
        balanceChanged(event.transaction().accountId());
    }

    void updated(@Observes TransactionUpdated event) {
        balanceChanged(event.transaction().accountId());
    }

    void deleted(@Observes TransactionDeleted event) {
        balanceChanged(event.transaction().accountId());
    }

    /** An account whose level or opening balance changed: checked now, as if its balance had. */
    void check(Account account) {
        if (account.lowBalanceBelow == null) {
            ledger.forget(KIND, account.id, UNDER); // a level set again later warns afresh
            return;
        }
        Account.flush(); // the totals the balance is read from follow the rows written so far
        BigDecimal balance = account.openingBalance.add(Money.orZero(AccountTotals.amountSum(account.id)));
        if (balance.compareTo(account.lowBalanceBelow) >= 0) {
            ledger.forget(KIND, account.id, UNDER);
        } else if (ledger.firstTime(KIND, account.id, UNDER)) {
            BigDecimal shown = Money.shown(balance);
            BigDecimal below = Money.shown(account.lowBalanceBelow);
            low.fire(new LowBalance(account.id, account.name, shown, below, currency.code(), clock.instant(),
                    LowBalance.message(account.name, shown, below, wording)));
        }
    }

    /**
     * The account's balance changed in a way no transaction event names: a transaction moved out of
     * it (its event names the account it moved to).
     */
    public void balanceChanged(long accountId) {
        checks.nowOrAtTheEnd("balance:" + accountId, () -> {
            Account account = Account.findById(accountId);
            // accounts without a level cost nothing more: the account is usually in the session already
            if (account != null && account.lowBalanceBelow != null) {
                check(account);
            }
        });
    }
}
