package org.kiloguardian.owner;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownPersonValidator implements ConstraintValidator<KnownPerson, Long> {

    @Inject
    PersonDirectory people;

    @Override
    public boolean isValid(Long personId, ConstraintValidatorContext context) {
        return personId == null || (personId > 0 && people.nameOf(personId).isPresent());
    }
}
