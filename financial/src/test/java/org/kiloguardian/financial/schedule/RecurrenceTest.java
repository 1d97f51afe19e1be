package org.kiloguardian.financial.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShortMonths() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, LocalDate.of(2028, 1, 31), 31, null);

        assertThat(dates(monthly, 4)).containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30));
    }

    @Test
    void monthlyStartsWithTheFirstDayNOnOrAfterTheStart() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, LocalDate.of(2026, 3, 20), 5, null);

        assertThat(monthly.first()).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void yearlyFromA29thOfFebruaryComesBackInLeapYears() {
        Recurrence yearly = new Recurrence(Frequency.YEARLY, LocalDate.of(2024, 2, 29), null, null);

        assertThat(dates(yearly, 5)).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
    }

    @Test
    void weeklyAndEveryNDays() {
        assertThat(dates(new Recurrence(Frequency.WEEKLY, LocalDate.of(2026, 12, 28), null, null), 2))
                .containsExactly(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4));
        assertThat(dates(new Recurrence(Frequency.EVERY_N_DAYS, LocalDate.of(2026, 2, 20), null, 10), 3))
                .containsExactly(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12));
    }

    private static List<LocalDate> dates(Recurrence recurrence, int count) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate due = recurrence.first();
        for (int i = 0; i < count; i++) {
            dates.add(due);
            due = recurrence.after(due);
        }
        return dates;
    }
}
