package org.kiloguardian.financial.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An account id that names an existing account (null is left to @NotNull). */
@Documented
@Constraint(validatedBy = KnownAccountValidator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface KnownAccount {

    String message() default "is not a known account";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
