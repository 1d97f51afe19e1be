package org.kiloguardian.financial.schedule;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Cross-field rules of a {@link ScheduleRequest}; each violation names its field. */
@Documented
@Constraint(validatedBy = ValidRecurrenceValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidRecurrence {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
