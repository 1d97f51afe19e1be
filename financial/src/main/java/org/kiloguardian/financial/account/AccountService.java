package org.kiloguardian.financial.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.NotFound;

@ApplicationScoped
@Transactional
public class AccountService {

    private final HouseholdCurrency currency;
    private final Clock clock;
    private final FinanceChanges changes;
    private final LowBalanceWatcher lowBalance;

    AccountService(HouseholdCurrency currency, Clock clock, FinanceChanges changes, LowBalanceWatcher lowBalance) {
        this.currency = currency;
        this.lowBalance = lowBalance;
        this.clock = clock;
        this.changes = changes;
    }

    public List<AccountView> list() {
        Map<Long, BigDecimal> totals = AccountTotals.amountSums();
        return Account.<Account>list("order by name").stream()
                .map(account -> AccountView.of(account, totals.get(account.id), currency.code()))
                .toList();
    }

    public AccountView get(long id) {
        return view(find(id));
    }

    /** The account a transaction lands in when it names none. */
    public Account defaultAccount() {
        return Account.findDefault().orElseThrow(() -> new Conflict(
                "There is no default account; mark one account as the default."));
    }

    public Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFound("No account with id " + id + ".");
        }
        return account;
    }

    @Transactional
    public AccountView create(@Valid AccountRequest request) {
        Account account = new Account();
        account.createdAt = Instant.now(clock);
        apply(account, request);
        account.persist();
        if (account.lowBalanceBelow != null) { // a new account has no alert to forget
            lowBalance.check(account);
        }
        changes.created(Kind.ACCOUNT, account.id);
        return view(account);
    }

    @Transactional
    public AccountView update(long id, @Valid AccountRequest request) {
        Account account = find(id);
        if (account.defaultAccount && Boolean.FALSE.equals(request.defaultAccount())) {
            throw new Conflict("Mark another account as the default instead; one account is always the default.");
        }
        apply(account, request);
        lowBalance.check(account);
        changes.updated(Kind.ACCOUNT, account.id);
        return view(account);
    }

    @Transactional
    public void delete(long id) {
        Account account = find(id);
        if (account.defaultAccount) {
            throw new Conflict("The default account cannot be deleted; make another account the default first.");
        }
        if (AccountTotals.rowCount(account.id) > 0) {
            throw new Conflict("The account still has transactions; delete or move them first.");
        }
        account.delete();
        changes.deleted(Kind.ACCOUNT, id);
    }

    private void apply(Account account, AccountRequest request) {
        account.name = request.name().trim();
        account.kind = request.kind();
        account.openingBalance = request.openingBalance() == null ? BigDecimal.ZERO : request.openingBalance();
        account.lowBalanceBelow = request.lowBalanceBelow();
        if (Boolean.TRUE.equals(request.defaultAccount()) && !account.defaultAccount) {
            // one default at a time (a partial unique index holds the line): clear the old one first
            Account.update("defaultAccount = false where defaultAccount = true");
            Account.flush();
            account.defaultAccount = true;
        }
    }

    private AccountView view(Account account) {
        BigDecimal total = account.id == null ? BigDecimal.ZERO : AccountTotals.amountSum(account.id);
        return AccountView.of(account, total, currency.code());
    }
}
