package org.kiloguardian.financial.category;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownCategoryValidator implements ConstraintValidator<KnownCategory, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Category.findByNameIgnoreCase(value).isPresent();
    }
}
