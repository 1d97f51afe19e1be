package org.kiloguardian.people.login;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownLoginValidator implements ConstraintValidator<KnownLogin, Long> {

    @Inject
    Logins logins;

    @Override
    public boolean isValid(Long userId, ConstraintValidatorContext context) {
        return userId == null || (userId > 0 && logins.exists(userId));
    }
}
