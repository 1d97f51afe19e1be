package org.kiloguardian.financial.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.account.AccountKind;
import org.kiloguardian.financial.account.AccountRequest;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.category.CategoryRequest;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.testsupport.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A page is read from the database once between two changes, and every kind of change that shows in
 * it shows on the very next read, even in a request whose session already holds the rows from before
 * the change (a test method runs in one request context, as a long UI request does).
 */
@QuarkusTest
class KeptPagesTest {

    @Inject
    TransactionService transactions;
    @Inject
    AccountService accounts;
    @Inject
    CategoryService categories;
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManagerFactory entityManagers;

    @Test
    void aSecondReadNeedsNoStatement() throws Exception {
        long account = fixtures.account("0");
        fixtures.spend(account, null, "2026-10-01", "-1");

        long firstRead = SqlStatements.during(entityManagers, () -> page(account));
        long secondRead = SqlStatements.during(entityManagers, () -> page(account));

        assertThat(firstRead).as("the first read after a change reads the database").isPositive();
        assertThat(secondRead).as("the next one is served from the kept page").isZero();
    }

    @Test
    void transactionsAddedChangedAndDeletedShowOnTheNextRead() {
        long account = fixtures.account("100");
        TransactionView first = fixtures.spend(account, null, "2026-10-01", "-10");
        assertThat(page(account).items()).extracting(TransactionView::runningBalance).containsExactly(new BigDecimal("90.00"));

        TransactionView second = fixtures.spend(account, null, "2026-10-02", "-5");
        assertThat(page(account).total()).as("added").isEqualTo(2);

        transactions.update(first.id(), new TransactionRequest(account, LocalDate.parse("2026-10-01"), new BigDecimal("-20"), null,
                "test", null, null, List.of(), null, null, null));
        assertThat(page(account).items()).as("changed").extracting(TransactionView::runningBalance)
                .containsExactly(new BigDecimal("75.00"), new BigDecimal("80.00"));

        transactions.delete(second.id());
        assertThat(page(account).items()).as("deleted").extracting(TransactionView::id).containsExactly(first.id());
        transactions.deleteAll(List.of(first.id()));
        assertThat(page(account).total()).as("deleted in bulk").isZero();
    }

    @Test
    void aTransferShowsInTheOtherAccountToo() {
        long from = fixtures.account("0");
        long to = fixtures.account("0");
        assertThat(page(to).total()).isZero();

        transactions.create(new TransactionRequest(from, LocalDate.parse("2026-10-03"), new BigDecimal("-30"),
                TransactionType.TRANSFER, "savings", null, null, List.of(), null, to, null), "tester");

        assertThat(page(to).items()).extracting(TransactionView::amount).containsExactly(new BigDecimal("30.00"));
    }

    @Test
    void anAccountsAndACategorysChangesShowOnTheNextRead() {
        long account = fixtures.account("100");
        String category = fixtures.category();
        fixtures.spend(account, category, "2026-10-01", "-10");
        assertThat(page(account).items()).singleElement().extracting(TransactionView::category).isEqualTo(category);

        String renamedAccount = Fixtures.unique("Renamed");
        accounts.update(account, new AccountRequest(renamedAccount, AccountKind.CHECKING, new BigDecimal("200"), false));
        assertThat(page(account).items()).singleElement().as("account renamed, opening balance changed")
                .extracting(TransactionView::account, TransactionView::runningBalance)
                .containsExactly(renamedAccount, new BigDecimal("190.00"));

        long categoryId = categories.resolve(category).id;
        String renamedCategory = Fixtures.unique("Category");
        categories.rename(categoryId, new CategoryRequest(renamedCategory));
        assertThat(page(account).items()).singleElement().as("category renamed").extracting(TransactionView::category)
                .isEqualTo(renamedCategory);

        categories.delete(categoryId);
        assertThat(page(account).items()).singleElement().as("category deleted: its transactions moved")
                .extracting(TransactionView::category).isNotEqualTo(renamedCategory);
    }

    private TransactionPage page(long account) {
        return transactions.page(new TransactionFilter(null, null, account, null, null, null, null, null), PageRequest.first(50));
    }
}
