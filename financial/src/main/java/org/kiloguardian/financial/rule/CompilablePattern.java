package org.kiloguardian.financial.rule;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A "matches" rule needs a pattern that compiles as a regular expression; the violation names "pattern". */
@Documented
@Constraint(validatedBy = CompilablePatternValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CompilablePattern {

    String message() default "is not a valid regular expression";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
