package org.kiloguardian.meds.dose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.meds.schedule.DoseSchedule;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;

/** The safety limits of an as-needed medication: a minimum gap between doses and a most per household day. */
@ApplicationScoped
public class AsNeededLimits {

    private final Clock clock;

    AsNeededLimits(Clock clock) {
        this.clock = clock;
    }

    /** Why another dose now would break a limit, or empty when it would not. */
    public Optional<String> check(Medication medication, Instant now) {
        DoseSchedule schedule = medication.schedule;
        Instant dayStart = LocalDate.ofInstant(now, clock.getZone()).atStartOfDay(clock.getZone()).toInstant();
        Instant since = dayStart;
        if (schedule.minIntervalHours != null) {
            Instant intervalStart = now.minus(Duration.ofHours(schedule.minIntervalHours));
            since = intervalStart.isBefore(since) ? intervalStart : since;
        }
        List<Dose> recent = Dose.takenSince(medication.id, since);
        if (schedule.minIntervalHours != null && !recent.isEmpty()) {
            Instant last = recent.get(0).takenAt;
            Instant allowed = last.plus(Duration.ofHours(schedule.minIntervalHours));
            if (allowed.isAfter(now)) {
                return Optional.of("The last dose of " + medication.name + " was at " + local(last) + "; doses must be at least "
                        + schedule.minIntervalHours + " hours apart, so the next one is allowed at " + local(allowed) + ".");
            }
        }
        if (schedule.maxPerDay != null) {
            long today = recent.stream().filter(dose -> !dose.takenAt.isBefore(dayStart)).count();
            if (today >= schedule.maxPerDay) {
                return Optional.of(medication.name + " was already taken " + today + " times today; the most allowed is "
                        + schedule.maxPerDay + " a day.");
            }
        }
        return Optional.empty();
    }

    private String local(Instant at) {
        return TimesOfDayConverter.format(at.atZone(clock.getZone()).toLocalTime());
    }
}
