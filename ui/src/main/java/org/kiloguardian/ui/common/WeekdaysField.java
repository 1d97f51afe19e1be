package org.kiloguardian.ui.common;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;

/** Days of the week to tick, Monday first, named short in the household's locale. */
public class WeekdaysField extends CheckboxGroup<DayOfWeek> {

    public WeekdaysField(String label, Locale locale) {
        super(label);
        setItems(DayOfWeek.values());
        setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, locale));
    }

    /** The days ticked; null when none is, which the schedules read as no restriction. */
    public Set<DayOfWeek> days() {
        return getValue().isEmpty() ? null : EnumSet.copyOf(getValue());
    }

    /** Ticks these days; null leaves every day unticked. */
    public void setDays(Collection<DayOfWeek> days) {
        if (days != null) {
            setValue(Set.copyOf(days));
        }
    }
}
