package org.kiloguardian.financial.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.budget.BudgetRequest;
import org.kiloguardian.financial.budget.BudgetService;
import org.kiloguardian.financial.budget.BudgetView;
import org.kiloguardian.financial.event.FinanceRecordChanged.Change;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.financial.goal.ContributionRequest;
import org.kiloguardian.financial.goal.ContributionView;
import org.kiloguardian.financial.goal.GoalRequest;
import org.kiloguardian.financial.goal.GoalService;
import org.kiloguardian.financial.goal.GoalView;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

/** Every write outside transactions is announced after commit, so open views redraw; a refused one is not. */
@QuarkusTest
class FinanceRecordChangedTest {

    @Inject
    BudgetService budgets;
    @Inject
    GoalService goals;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedEvents events;

    @BeforeEach
    void setUp() {
        events.clear();
    }

    @Test
    void budgetEditsAreAnnouncedWithTheirId() {
        String category = fixtures.category();
        events.clear();

        BudgetView budget = budgets.create(new BudgetRequest(category, new BigDecimal("200"), false, null));
        budgets.update(budget.id(), new BudgetRequest(category, new BigDecimal("250.50"), false, null));
        budgets.delete(budget.id());

        assertThat(events.of(FinanceRecordChanged.class))
                .extracting(FinanceRecordChanged::kind, FinanceRecordChanged::id, FinanceRecordChanged::change)
                .containsExactly(tuple(Kind.BUDGET, budget.id(), Change.CREATED), tuple(Kind.BUDGET, budget.id(), Change.UPDATED),
                        tuple(Kind.BUDGET, budget.id(), Change.DELETED));
    }

    @Test
    void goalContributionsAreAnnounced() {
        GoalView goal = goals.create(new GoalRequest(Fixtures.unique("Holiday"), new BigDecimal("900"), null, null));
        events.clear();

        ContributionView contribution = goals.contribute(goal.id(), new ContributionRequest(new BigDecimal("25.10"), null, null));
        goals.deleteContribution(goal.id(), contribution.id());

        assertThat(events.of(FinanceRecordChanged.class))
                .extracting(FinanceRecordChanged::kind, FinanceRecordChanged::id, FinanceRecordChanged::change)
                .containsExactly(tuple(Kind.GOAL_CONTRIBUTION, contribution.id(), Change.CREATED),
                        tuple(Kind.GOAL_CONTRIBUTION, contribution.id(), Change.DELETED));
    }

    @Test
    void aRefusedWriteAnnouncesNothing() {
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("200"), false, null));
        events.clear();

        assertThatThrownBy(() -> budgets.create(new BudgetRequest(category, new BigDecimal("300"), false, null)))
                .isInstanceOf(Conflict.class);

        assertThat(events.of(FinanceRecordChanged.class)).isEmpty();
    }
}
