package org.kiloguardian.financial.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownAccountValidator implements ConstraintValidator<KnownAccount, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        try {
            return Account.findById(Long.valueOf(value.toString().trim())) != null;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
