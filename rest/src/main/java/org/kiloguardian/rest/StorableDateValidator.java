package org.kiloguardian.rest;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class StorableDateValidator implements ConstraintValidator<StorableDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || StorableDates.holds(value);
    }
}
