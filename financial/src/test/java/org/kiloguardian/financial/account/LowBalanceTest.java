package org.kiloguardian.financial.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.csv.CsvImportService;
import org.kiloguardian.financial.csv.ImportOptions;
import org.kiloguardian.financial.event.LowBalance;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

/** The low-balance alert: once each time an account falls under the level the household set. */
@QuarkusTest
class LowBalanceTest {

    @Inject
    AccountService accounts;
    @Inject
    TransactionService transactions;
    @Inject
    CsvImportService imports;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedEvents events;

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void warnsOnceWhenTheBalanceFallsUnderTheLevelAndAgainAfterItRecovered() {
        long account = accountWarningUnder("150", "100");

        fixtures.spend(account, null, "2026-11-02", "-40");   // 110
        assertThat(events.of(LowBalance.class)).isEmpty();

        TransactionView under = fixtures.spend(account, null, "2026-11-03", "-20");   // 90
        fixtures.spend(account, null, "2026-11-04", "-5");    // 85: still under, no second warning
        assertThat(events.of(LowBalance.class)).singleElement().satisfies(low -> {
            assertThat(low.accountId()).isEqualTo(account);
            assertThat(low.balance()).isEqualByComparingTo("90");
            assertThat(low.below()).isEqualByComparingTo("100");
            assertThat(low.message()).endsWith(": the balance is €90.00, under the €100.00 you set.");
        });

        transactions.delete(under.id());                        // 105: back above, due again
        fixtures.spend(account, null, "2026-11-05", "-10");   // 95
        assertThat(events.of(LowBalance.class)).extracting(LowBalance::balance)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("90"), new BigDecimal("95"));
    }

    @Test
    void aLevelSetAboveTheBalanceWarnsAtOnceAndNoLevelNeverWarns() {
        long quiet = fixtures.account("10");
        fixtures.spend(quiet, null, "2026-11-02", "-500");
        assertThat(events.of(LowBalance.class)).isEmpty();

        AccountView account = accounts.get(quiet);
        accounts.update(quiet, new AccountRequest(account.name(), account.kind(), account.openingBalance(), false, new BigDecimal("0")));

        assertThat(events.of(LowBalance.class)).singleElement().satisfies(low -> assertThat(low.balance()).isEqualByComparingTo("-490"));
        assertThat(accounts.get(quiet).lowBalanceBelow()).isEqualByComparingTo("0");
    }

    @Test
    void anIncomeMovedToAnotherAccountWarnsForTheAccountItLeft() {
        long wallet = accountWarningUnder("50", "100");   // under from the start: warned once already
        long savings = fixtures.account("0");
        TransactionView pay = fixtures.spend(wallet, null, "2026-11-02", "100");   // 150: due again
        events.clear();

        transactions.update(pay.id(), new TransactionRequest(savings, LocalDate.of(2026, 11, 2), new BigDecimal("100"), null,
                "test", null, null, List.of(), null, null, null));

        assertThat(events.of(LowBalance.class)).singleElement().satisfies(low -> {
            assertThat(low.accountId()).isEqualTo(wallet);
            assertThat(low.balance()).isEqualByComparingTo("50");
        });
    }

    @Test
    void anImportThatTakesTheAccountUnderWarnsOnce() {
        long account = accountWarningUnder("100", "50");
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int row = 0; row < 80; row++) {
            csv.append("2026-10-").append(String.format("%02d", 1 + row % 28)).append(",Row ").append(row).append(",-1.00\n");
        }

        imports.importCsv("statement.csv", csv.toString().getBytes(StandardCharsets.UTF_8), ImportOptions.detectAll().forAccount(account), false);

        assertThat(events.of(LowBalance.class)).singleElement().satisfies(low -> assertThat(low.balance()).isEqualByComparingTo("20"));
    }

    private long accountWarningUnder(String opening, String level) {
        return accounts.create(new AccountRequest(Fixtures.unique("Account"), AccountKind.CHECKING, new BigDecimal(opening), false,
                new BigDecimal(level))).id();
    }
}
