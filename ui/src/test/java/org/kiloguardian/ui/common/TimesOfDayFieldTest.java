package org.kiloguardian.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimesOfDayFieldTest {

    private final TimesOfDayField field = new TimesOfDayField("Reminder times", "07:30, 21:00");

    @Test
    void readsTimesSeparatedByCommasSemicolonsOrSpacesAndAcceptsOneDigitHours() {
        field.setValue("7:30, 12:00;21:15  22:00");

        assertThat(field.times()).contains(List.of(LocalTime.of(7, 30), LocalTime.of(12, 0), LocalTime.of(21, 15), LocalTime.of(22, 0)));
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void anEmptyFieldIsNoTimes() {
        field.setValue("  ");

        assertThat(field.times()).contains(List.of());
    }

    @Test
    void aTimeItCannotReadMarksTheFieldInvalidWithTheExample() {
        field.setValue("07:30, half past nine");

        assertThat(field.times()).isEmpty();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Write times as HH:MM, e.g. 07:30, 21:00");
        assertThat(field.getPlaceholder()).isEqualTo("07:30, 21:00");
    }

    @Test
    void showsTimesTheWayItReadsThem() {
        field.setTimes(List.of(LocalTime.of(8, 0), LocalTime.of(20, 5)));

        assertThat(field.getValue()).isEqualTo("08:00, 20:05");
        assertThat(field.times()).contains(List.of(LocalTime.of(8, 0), LocalTime.of(20, 5)));
    }
}
