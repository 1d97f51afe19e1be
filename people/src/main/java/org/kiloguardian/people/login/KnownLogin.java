package org.kiloguardian.people.login;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The id of one of the household's logins (null is allowed: no login). */
@Documented
@Constraint(validatedBy = KnownLoginValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface KnownLogin {

    String message() default "is not the id of a login of the household";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
