package org.kiloguardian.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.textfield.TextField;

/** Times of day typed as a list, "07:30, 21:00" (habit reminders, dose times). */
public class TimesOfDayField extends TextField {

    private final String example;

    /** {@code example} is the placeholder and the hint shown when a time cannot be read. */
    public TimesOfDayField(String label, String example) {
        super(label);
        this.example = example;
        setPlaceholder(example);
    }

    public void setTimes(List<LocalTime> times) {
        setValue(times.stream().map(LocalTime::toString).collect(Collectors.joining(", ")));
    }

    /** The times typed; empty, with the field marked invalid, when one of them is not a time. */
    public Optional<List<LocalTime>> times() {
        try {
            return Optional.of(TimeList.parse(getValue()));
        } catch (DateTimeParseException e) {
            setErrorMessage("Write times as HH:MM, e.g. " + example);
            setInvalid(true);
            return Optional.empty();
        }
    }
}
