package org.kiloguardian.financial.category;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A category name that exists, compared ignoring case (null or blank is left to other constraints). */
@Documented
@Constraint(validatedBy = KnownCategoryValidator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface KnownCategory {

    String message() default "is not a known category";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
