package org.kiloguardian.habits.stats;

import java.math.BigDecimal;

/**
 * Streaks and rates of one habit. {@code streakUnit} says what the streaks count: "day", "week" or
 * "month". Rates run from 0 to 1 and are null when nothing was due in the window yet.
 * {@code personId}: the habit's owner, null when it is shared by the household.
 */
public record HabitStats(long habitId, int currentStreak, int longestStreak, String streakUnit, BigDecimal rate7,
        BigDecimal rate30, BigDecimal rate90, Long personId) {
}
