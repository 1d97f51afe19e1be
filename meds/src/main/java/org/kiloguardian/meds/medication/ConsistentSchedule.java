package org.kiloguardian.meds.medication;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The schedule fields of a medication fit together; each violation names the field at fault. */
@Documented
@Constraint(validatedBy = ConsistentScheduleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSchedule {

    String message() default "is inconsistent with the rest of the schedule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
