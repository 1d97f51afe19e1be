package org.kiloguardian.financial.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text parameter that must read as the given {@link TextFormat}. Query parameters are taken as
 * text and checked here because JAX-RS answers a query parameter it cannot convert with a 404,
 * and the client deserves a 400 that names the parameter.
 */
@Documented
@Constraint(validatedBy = FormattedValidator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface Formatted {

    TextFormat value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
