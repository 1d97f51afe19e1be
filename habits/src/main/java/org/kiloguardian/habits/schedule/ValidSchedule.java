package org.kiloguardian.habits.schedule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A schedule has what its type needs: weekdays for "weekdays", a count of days for "timesPer...". */
@Documented
@Constraint(validatedBy = ScheduleValidator.class)
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSchedule {

    String message() default "is not a valid schedule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
