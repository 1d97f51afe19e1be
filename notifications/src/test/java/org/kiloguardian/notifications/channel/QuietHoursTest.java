package org.kiloguardian.notifications.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    @Test
    void acrossMidnightFromIncludedToExcluded() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        assertThat(night.contains(LocalTime.of(21, 59))).isFalse();
        assertThat(night.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
    }

    @Test
    void withinOneDay() {
        QuietHours nap = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(nap.contains(LocalTime.of(12, 59))).isFalse();
        assertThat(nap.contains(LocalTime.of(14, 0))).isTrue();
        assertThat(nap.contains(LocalTime.of(15, 0))).isFalse();
    }

    @Test
    void noneOrEmptyHoldsNothingBack() {
        assertThat(QuietHours.NONE.contains(LocalTime.NOON)).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).isFalse();
    }
}
