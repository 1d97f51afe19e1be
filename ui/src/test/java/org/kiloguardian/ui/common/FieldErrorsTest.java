package org.kiloguardian.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.rest.error.InvalidInput;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

class FieldErrorsTest {

    record Schedule(@NotNull String type, @Min(1) Integer times) {
    }

    record Request(@NotBlank String name, @Valid Schedule schedule) {
    }

    private final Validator validator = jakarta.validation.Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void putsEachViolationOnTheFieldItsPathNames() {
        TextField name = new TextField("Name");
        IntegerField times = new IntegerField("Times");
        TextField type = new TextField("Type");
        FieldErrors errors = new FieldErrors().bind("name", name).bind("schedule.times", times).bind("type", type);

        boolean saved = errors.attempt(() -> {
            throw violations(new Request(" ", new Schedule("daily", 0)));
        });

        assertThat(saved).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(times.isInvalid()).as("schedule.times reaches the times field").isTrue();
        assertThat(type.isInvalid()).as("a valid field stays valid").isFalse();
    }

    @Test
    void aFieldHoldingWhatItsOwnCheckRefusesIsMarkedAndTheServiceIsNotCalled() {
        DatePicker date = new DatePicker("Date");
        date.setMax(StorableDates.LAST);
        date.setValue(LocalDate.of(20266, 1, 5)); // a year typed with five digits
        TextField notes = new TextField("Notes");
        notes.setValue("pasted\u0000text");
        AtomicBoolean called = new AtomicBoolean();

        boolean saved = new FieldErrors().bind("date", date).bind("notes", notes).attempt(() -> called.set(true));

        assertThat(saved).isFalse();
        assertThat(called).as("nothing is sent").isFalse();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo(FieldErrors.UNREADABLE);
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).isEqualTo(FieldErrors.NUL_CHARACTER);
    }

    @Test
    void aHiddenFieldIsNotHeldAgainstTheForm() {
        IntegerField times = new IntegerField("Times");
        times.setMax(31);
        times.setValue(40); // typed for a weekly schedule, then the schedule became daily
        times.setVisible(false);

        assertThat(new FieldErrors().bind("schedule.times", times).attempt(() -> { })).isTrue();
        assertThat(times.isInvalid()).isFalse();
    }

    @Test
    void anEmptyRequiredFieldIsLeftToTheServiceWhichNamesIt() {
        BigDecimalField amount = new BigDecimalField("Amount");
        amount.setRequiredIndicatorVisible(true);
        AtomicBoolean called = new AtomicBoolean();

        assertThat(new FieldErrors().bind("amount", amount).attempt(() -> called.set(true))).isTrue();
        assertThat(called).isTrue();
    }

    @Test
    void clearsOldErrorsOnTheNextAttempt() {
        TextField name = new TextField("Name");
        FieldErrors errors = new FieldErrors().bind("name", name);
        errors.attempt(() -> {
            throw violations(new Request("", null));
        });
        assertThat(name.isInvalid()).isTrue();
        assertThat(errors.attempt(() -> { })).isTrue();
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void putsAServiceRefusalOnTheFieldItNames() {
        TextField amount = new TextField("Amount");
        TextField name = new TextField("Name");
        FieldErrors errors = new FieldErrors().bind("amount", amount).bind("name", name);

        boolean saved = errors.attempt(() -> {
            throw new InvalidInput("amount", "must not be zero.");
        });

        assertThat(saved).isFalse();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("must not be zero.");
        assertThat(name.isInvalid()).as("a field the refusal does not name stays valid").isFalse();
    }

    @Test
    void doesNotSwallowProgrammingErrors() {
        FieldErrors errors = new FieldErrors();
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> errors.attempt(() -> {
            throw bug;
        })).isSameAs(bug);
    }

    private ConstraintViolationException violations(Request request) {
        Set<ConstraintViolation<Request>> found = validator.validate(request);
        return new ConstraintViolationException("invalid", Set.<ConstraintViolation<?>>copyOf(found));
    }
}
