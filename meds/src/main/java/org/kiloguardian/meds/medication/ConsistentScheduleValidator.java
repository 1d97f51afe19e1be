package org.kiloguardian.meds.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the rules that span several fields of {@link MedicationRequest}. */
public class ConsistentScheduleValidator implements ConstraintValidator<ConsistentSchedule, MedicationRequest> {

    @Inject
    Clock clock;

    @Override
    public boolean isValid(MedicationRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        int times = request.times() == null ? 0 : request.times().size();
        boolean weekdays = request.weekdays() != null && !request.weekdays().isEmpty();
        if (request.isAsNeeded()) {
            if (times > 0) {
                valid = fail(context, "times", "must be empty for an as-needed medication");
            }
            if (request.everyHours() != null) {
                valid = fail(context, "everyHours", "must be empty for an as-needed medication");
            }
            if (weekdays) {
                valid = fail(context, "weekdays", "must be empty for an as-needed medication");
            }
        } else {
            if (request.minIntervalHours() != null) {
                valid = fail(context, "minIntervalHours", "applies only when asNeeded is true");
            }
            if (request.maxPerDay() != null) {
                valid = fail(context, "maxPerDay", "applies only when asNeeded is true");
            }
            if (request.everyHours() != null) {
                if (times > 1) {
                    valid = fail(context, "times", "may hold only the first dose time when everyHours is set");
                }
                if (weekdays) {
                    valid = fail(context, "weekdays", "must be empty when everyHours is set");
                }
            } else if (times == 0) {
                valid = fail(context, "times", "must list at least one time unless everyHours or asNeeded is set");
            }
        }
        if (times > 0 && request.times().stream().allMatch(time -> time != null)
                && new HashSet<>(request.times()).size() != times) {
            valid = fail(context, "times", "must not repeat a time");
        }
        LocalDate start = request.startDate() != null ? request.startDate() : LocalDate.now(clock);
        if (request.endDate() != null && request.endDate().isBefore(start)) {
            valid = fail(context, "endDate", "must not be before startDate");
        }
        return valid;
    }

    private static boolean fail(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
