package org.kiloguardian.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class WeekdaysFieldTest {

    @Test
    void offersTheSevenDaysMondayFirstNamedInTheLocale() {
        WeekdaysField field = new WeekdaysField("Days", Locale.GERMAN);

        assertThat(field.getListDataView().getItems().toList()).containsExactly(DayOfWeek.values());
        assertThat(field.getItemLabelGenerator().apply(DayOfWeek.MONDAY)).isEqualTo("Mo.");
    }

    @Test
    void noDayTickedIsNoRestriction() {
        WeekdaysField field = new WeekdaysField("Days", Locale.UK);

        assertThat(field.days()).isNull();
        field.setDays(null);
        assertThat(field.days()).isNull();
    }

    @Test
    void givesBackTheDaysTicked() {
        WeekdaysField field = new WeekdaysField("Days", Locale.UK);

        field.setDays(List.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY));

        assertThat(field.days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    }
}
