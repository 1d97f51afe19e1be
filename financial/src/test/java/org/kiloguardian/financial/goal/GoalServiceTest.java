package org.kiloguardian.financial.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.error.InvalidInput;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GoalServiceTest {

    @Inject
    GoalService goals;

    @Test
    void tracksContributionsAndProgressExactly() {
        GoalView holiday = goals.create(new GoalRequest("Holiday", new BigDecimal("1000.00"), new BigDecimal("100"),
                LocalDate.of(2027, 6, 1)));
        assertThat(holiday.progressPercent()).isEqualByComparingTo("10.0");

        goals.contribute(holiday.id(), new ContributionRequest(new BigDecimal("150.55"), LocalDate.of(2026, 12, 1), "December"));
        goals.contribute(holiday.id(), new ContributionRequest(new BigDecimal("-0.05"), null, "fee"));
        GoalView now = goals.get(holiday.id());

        assertThat(now.savedAmount()).isEqualByComparingTo("250.50");
        assertThat(now.remaining()).isEqualByComparingTo("749.50");
        assertThat(now.progressPercent()).isEqualByComparingTo("25.1");
        assertThat(now.completed()).isFalse();
        assertThat(goals.contributions(holiday.id())).hasSize(3);
    }

    @Test
    void refusesToTakeOutMoreThanWasSaved() {
        GoalView bike = goals.create(new GoalRequest("Bike", new BigDecimal("500"), new BigDecimal("50"), null));

        assertThatThrownBy(() -> goals.contribute(bike.id(), new ContributionRequest(new BigDecimal("-50.01"), null, null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void settingTheSavedAmountRecordsTheDifferenceAndCompletesTheGoal() {
        GoalView car = goals.create(new GoalRequest("Car", new BigDecimal("8000"), null, null));

        GoalView done = goals.update(car.id(), new GoalRequest("Car", new BigDecimal("8000"), new BigDecimal("8200"), null));

        assertThat(done.completed()).isTrue();
        assertThat(done.remaining()).isEqualByComparingTo("0");
        assertThat(done.progressPercent()).isEqualByComparingTo("102.5");
        assertThat(goals.contributions(car.id())).singleElement().extracting(ContributionView::amount)
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("8200"));
    }
}
