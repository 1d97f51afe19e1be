package org.kiloguardian.financial.transaction;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Rules across fields of a {@link TransactionRequest}; each violation names the field at fault. */
@Documented
@Constraint(validatedBy = ConsistentTransactionValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentTransaction {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
