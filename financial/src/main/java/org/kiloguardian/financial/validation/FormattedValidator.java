package org.kiloguardian.financial.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class FormattedValidator implements ConstraintValidator<Formatted, String> {

    private TextFormat format;
    private String message;

    @Override
    public void initialize(Formatted annotation) {
        format = annotation.value();
        message = annotation.message().isEmpty() ? format.message() : annotation.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (TextFormat.blank(value) || format.accepts(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
