package org.kiloguardian.financial.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.financial.account.AccountKind;
import org.kiloguardian.financial.account.AccountRequest;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.category.CategoryRequest;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionView;

/** Test data with unique names, so tests sharing one database never see each other's rows. */
@ApplicationScoped
public class Fixtures {

    private final AccountService accounts;
    private final CategoryService categories;
    private final TransactionService transactions;

    Fixtures(AccountService accounts, CategoryService categories, TransactionService transactions) {
        this.accounts = accounts;
        this.categories = categories;
        this.transactions = transactions;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long account(String opening) {
        return accounts.create(new AccountRequest(unique("Account"), AccountKind.CHECKING, new BigDecimal(opening), false)).id();
    }

    public String category() {
        return categories.create(new CategoryRequest(unique("Category"))).name();
    }

    public TransactionView spend(long accountId, String category, String date, String amount) {
        return transactions.create(new TransactionRequest(accountId, LocalDate.parse(date), new BigDecimal(amount), null,
                "test", null, category, List.of(), null, null, null), "tester");
    }
}
