package org.kiloguardian.habits.completion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date no later than today in the household's time zone. Bean Validation's own
 * {@code @PastOrPresent} would ask the JVM's clock and zone, not the household's.
 */
@Documented
@Constraint(validatedBy = NotInTheFutureValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotInTheFuture {

    String message() default "must not be in the future (household time)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
