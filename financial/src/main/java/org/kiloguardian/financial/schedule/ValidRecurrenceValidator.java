package org.kiloguardian.financial.schedule;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ValidRecurrenceValidator implements ConstraintValidator<ValidRecurrence, ScheduleRequest> {

    @Override
    public boolean isValid(ScheduleRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (request.amount() != null && request.amount().signum() == 0) {
            valid = reject(context, "amount", "must not be zero");
        }
        if (request.frequency() == Frequency.EVERY_N_DAYS && request.intervalDays() == null) {
            valid = reject(context, "intervalDays", "is required for every_n_days");
        }
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            valid = reject(context, "endDate", "must not be before startDate");
        }
        return valid;
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
