package org.kiloguardian.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date a record can hold ({@link StorableDates}); null is left to {@code @NotNull}. REST bodies are
 * refused before, as they are read; this holds every other caller of a service to the same, the UI's
 * forms first (a year typed with five digits).
 */
@Documented
@Constraint(validatedBy = StorableDateValidator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface StorableDate {

    String message() default StorableDates.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
