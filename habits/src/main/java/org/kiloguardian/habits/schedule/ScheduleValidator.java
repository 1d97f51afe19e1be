package org.kiloguardian.habits.schedule;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each problem on the field it concerns ({@code schedule.weekdays}, {@code schedule.times}). */
public class ScheduleValidator implements ConstraintValidator<ValidSchedule, Schedule> {

    @Override
    public boolean isValid(Schedule schedule, ConstraintValidatorContext context) {
        if (schedule == null || schedule.type() == null) {
            return true; // @NotNull on the field decides whether that is allowed
        }
        return switch (schedule.type()) {
            case DAILY -> true;
            case WEEKDAYS -> schedule.weekdays() != null && !schedule.weekdays().isEmpty()
                    || violation(context, "weekdays", "must name at least one day of the week for a weekdays schedule");
            case TIMES_PER_WEEK -> schedule.times() != null && schedule.times() >= 1 && schedule.times() <= 7
                    || violation(context, "times", "must be between 1 and 7 for a timesPerWeek schedule");
            case TIMES_PER_MONTH -> schedule.times() != null && schedule.times() >= 1 && schedule.times() <= 31
                    || violation(context, "times", "must be between 1 and 31 for a timesPerMonth schedule");
        };
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
