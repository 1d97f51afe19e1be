package org.kiloguardian.owner;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The id of one of the household's people; null is allowed and means "shared by the household". */
@Documented
@Constraint(validatedBy = KnownPersonValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface KnownPerson {

    String message() default "is not the id of a person of the household";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
