package org.kiloguardian.habits.completion;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

@ApplicationScoped
public class NotInTheFutureValidator implements ConstraintValidator<NotInTheFuture, LocalDate> {

    private final Clock clock;

    NotInTheFutureValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isAfter(LocalDate.now(clock));
    }
}
