package org.kiloguardian.financial.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.financial.rule.RuleField;
import org.kiloguardian.financial.rule.RuleOperator;
import org.kiloguardian.financial.rule.RuleRequest;
import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;
import org.kiloguardian.testsupport.SqlStatements;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TransactionServiceTest {

    @Inject
    TransactionService transactions;
    @Inject
    AccountService accounts;
    @Inject
    RuleService rules;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedEvents events;
    @Inject
    ObjectMapper json;
    @Inject
    HouseholdClock clock;
    @Inject
    EntityManagerFactory entityManagers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void forgetEvents() {
        events.clear();
    }

    @Test
    void derivesTheTypeFromTheSignAndLandsInTheDefaultAccountWithoutOne() {
        TransactionView expense = create(request(null, "-12.30", null, "Bakery", null));
        TransactionView income = create(request(null, "2500", null, "Salary November", null));

        assertThat(expense.type()).isEqualTo(TransactionType.EXPENSE);
        assertThat(income.type()).isEqualTo(TransactionType.INCOME);
        assertThat(expense.accountId()).isEqualTo(accounts.defaultAccount().id);
        assertThat(expense.source()).isEqualTo(TransactionSource.MANUAL);
        assertThat(expense.createdBy()).as("who entered it").isEqualTo("tester");
        assertThat(expense.amount()).isEqualByComparingTo("-12.30");
    }

    @Test
    void matchesCategoriesIgnoringCase() {
        String category = fixtures.category();
        TransactionView created = create(request(null, "-5", category.toUpperCase(), "Anything", null));

        assertThat(created.category()).isEqualTo(category);
    }

    @Test
    void rulesPickTheCategoryIgnoringCaseAndFallBackToMiscellaneous() {
        String groceries = fixtures.category();
        String marker = Fixtures.unique("Supermarkt").replace(' ', '-');
        rules.create(new RuleRequest(RuleField.PAYEE, RuleOperator.CONTAINS, marker.toLowerCase(), groceries, 10));
        rules.create(new RuleRequest(RuleField.DESCRIPTION, RuleOperator.MATCHES, "^card \\d+ " + marker + "$", groceries, 20));

        TransactionView byPayee = create(request(null, "-40", null, "weekly shop", marker.toUpperCase()));
        TransactionView byRegex = create(request(null, "-41", null, "CARD 1234 " + marker, null));
        TransactionView unmatched = create(request(null, "-42", null, Fixtures.unique("nothing known"), null));

        assertThat(byPayee.category()).isEqualTo(groceries);
        assertThat(byRegex.category()).isEqualTo(groceries);
        assertThat(unmatched.category()).isEqualTo("Miscellaneous");
    }

    @Test
    void reappliesRulesOnlyToUncategorisedTransactionsUnlessAskedToOverwrite() {
        String category = fixtures.category();
        String chosenByHand = fixtures.category();
        String marker = Fixtures.unique("gym");
        TransactionView uncategorised = create(request(null, "-30", null, marker, null));
        TransactionView handPicked = create(request(null, "-30", chosenByHand, marker, null));
        rules.create(new RuleRequest(RuleField.DESCRIPTION, RuleOperator.CONTAINS, marker, category, 5));

        transactions.reapplyRules(new ReapplyRequest(null, null, false));
        assertThat(transactions.get(uncategorised.id()).category()).isEqualTo(category);
        assertThat(transactions.get(handPicked.id()).category()).isEqualTo(chosenByHand);

        transactions.reapplyRules(new ReapplyRequest(null, null, true));
        assertThat(transactions.get(handPicked.id()).category()).isEqualTo(category);
    }

    @Test
    void reapplyingRulesToAMonthOfRowsChecksTheBudgetOnceNotPerRow() throws Exception {
        clock.today(LocalDate.of(2026, 11, 20)); // the rows' month is the current one: budget checks apply
        String category = fixtures.category();
        String marker = Fixtures.unique("corner shop");
        for (int row = 0; row < 100; row++) {
            create(request(null, "-1", null, marker + " " + row, null));
        }
        rules.create(new RuleRequest(RuleField.DESCRIPTION, RuleOperator.CONTAINS, marker, category, 5));

        ReapplyResult[] result = new ReapplyResult[1];
        long statements = SqlStatements.during(entityManagers, () -> result[0] = transactions.reapplyRules(new ReapplyRequest(null, null, false)));

        assertThat(result[0].recategorised()).isEqualTo(100);
        // one UPDATE per row and a few reads; a budget check per row was three statements more each
        assertThat(statements).as("statements to re-categorise 100 rows").isLessThan(2L * 100 + 20);
    }

    @Test
    void aTransferIsOneLinkedPairAndGoesAsOne() {
        long checking = fixtures.account("100.00");
        long savings = fixtures.account("0");

        TransactionView out = create(new TransactionRequest(checking, LocalDate.of(2026, 11, 3),
                new BigDecimal("-25.50"), TransactionType.TRANSFER, "To savings", null, null, List.of(), null, savings, null));
        TransactionView in = transactions.get(out.transferTransactionId());

        assertThat(in.amount()).isEqualByComparingTo("25.50");
        assertThat(in.accountId()).isEqualTo(savings);
        assertThat(in.transferAccountId()).isEqualTo(checking);
        assertThat(in.transferTransactionId()).isEqualTo(out.id());
        assertThat(in.createdBy()).as("both sides were entered by the same person").isEqualTo("tester");
        assertThat(out.category()).isNull();
        assertThat(accounts.get(checking).balance()).isEqualByComparingTo("74.50");
        assertThat(accounts.get(savings).balance()).isEqualByComparingTo("25.50");

        transactions.update(in.id(), new TransactionRequest(savings, in.date(), new BigDecimal("30"),
                TransactionType.TRANSFER, "To savings", null, null, List.of(), null, checking, null));
        assertThat(transactions.get(out.id()).amount()).isEqualByComparingTo("-30");

        transactions.delete(out.id());
        assertThatThrownBy(() -> transactions.get(in.id())).isInstanceOf(NotFound.class);
        assertThat(accounts.get(checking).balance()).isEqualByComparingTo("100.00");
        assertThat(events.of(TransactionDeleted.class)).extracting(deleted -> deleted.transaction().transactionId())
                .containsExactlyInAnyOrder(out.id(), in.id());
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndRederivesTheType() throws Exception {
        TransactionView created = create(request(null, "15", null, "Refund", "Shop"));

        TransactionView patched = transactions.patch(created.id(), json.readTree("{\"amount\": \"-15\", \"notes\": \"was wrong\"}"));

        assertThat(patched.amount()).isEqualByComparingTo("-15");
        assertThat(patched.type()).isEqualTo(TransactionType.EXPENSE);
        assertThat(patched.payee()).isEqualTo("Shop");
        assertThat(patched.notes()).isEqualTo("was wrong");
        assertThat(events.of(TransactionUpdated.class)).extracting(updated -> updated.transaction().transactionId()).contains(created.id());
    }

    @Test
    void rejectsATypeThatContradictsTheSignNamingTheField() {
        assertThatThrownBy(() -> create(new TransactionRequest(null, null, new BigDecimal("10"),
                TransactionType.EXPENSE, "x", null, null, null, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .anySatisfy(v -> assertThat(v.getPropertyPath().toString()).endsWith("type")));
    }

    @Test
    void aYearTypedWithFiveDigitsIsAViolationNamingTheDateNotADatabaseError() {
        // the UI's date picker hands the service what was typed: a year of five digits is a typo, LocalDate.MAX beyond PostgreSQL
        for (LocalDate far : List.of(LocalDate.of(20266, 1, 5), LocalDate.MAX, LocalDate.of(0, 12, 31))) {
            assertThatThrownBy(() -> create(new TransactionRequest(null, far, new BigDecimal("-10"), null, "x", null, null, null,
                    null, null, null)))
                    .as(far.toString())
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                            .anySatisfy(v -> {
                                assertThat(v.getPropertyPath().toString()).endsWith("date");
                                assertThat(v.getMessage()).isEqualTo("must be a date from 0001-01-01 to 9999-12-31");
                            }));
        }
    }

    @Test
    void bulkDeleteIsAllOrNothing() {
        long account = fixtures.account("0");
        TransactionView a = fixtures.spend(account, null, "2026-11-01", "-1");
        TransactionView b = fixtures.spend(account, null, "2026-11-02", "-2");

        events.clear();
        assertThatThrownBy(() -> transactions.deleteAll(List.of(a.id(), b.id(), Long.MAX_VALUE)))
                .isInstanceOf(NotFound.class);
        assertThat(transactions.get(a.id())).isNotNull();
        // observers of committed changes hear nothing of the rolled-back attempt
        assertThat(events.of(TransactionDeleted.class)).isEmpty();

        assertThat(transactions.deleteAll(List.of(a.id(), b.id()))).isEqualTo(2);
        assertThatThrownBy(() -> transactions.get(b.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void firesTransactionAddedWithTheClientsPayloadAfterCommit() {
        String category = fixtures.category();
        TransactionView created = create(request(null, "-9.99", category, "Cinema", null));

        assertThat(events.of(TransactionAdded.class)).singleElement().satisfies(event -> {
            assertThat(event.transaction().transactionId()).isEqualTo(created.id());
            assertThat(event.transaction().amount()).isEqualByComparingTo("-9.99");
            assertThat(event.transaction().category()).isEqualTo(category);
            assertThat(event.transaction().description()).isEqualTo("Cinema");
            assertThat(event.transaction().timestamp()).isNotNull();
            assertThat(event.type()).isEqualTo("expense");
            assertThat(event.source()).isEqualTo("manual");
        });
    }

    @Test
    void keepsMoneyExactThroughPostgres() {
        long account = fixtures.account("0.10");
        fixtures.spend(account, null, "2026-11-01", "0.20");
        fixtures.spend(account, null, "2026-11-02", "-0.0001");
        fixtures.spend(account, null, "2026-11-03", "999999999999.9999");

        // a double would print 0.30000000000000004 and lose the last digits of the large amount
        assertThat(accounts.get(account).balance()).isEqualTo(new BigDecimal("1000000000000.2998"));
    }

    private TransactionView create(TransactionRequest request) {
        return transactions.create(request, "tester");
    }

    private static TransactionRequest request(Long account, String amount, String category, String description, String payee) {
        return new TransactionRequest(account, LocalDate.of(2026, 11, 15), new BigDecimal(amount), null, description, payee,
                category, List.of("test"), null, null, null);
    }
}
