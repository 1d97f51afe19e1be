package org.kiloguardian.meds.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the meds module ({@code kilo.meds.*}); the household time zone comes with the injected Clock. */
@ConfigMapping(prefix = "kilo.meds")
public interface MedsConfig {

    /** A scheduled dose neither taken nor skipped this long after its time is marked missed. */
    @WithDefault("2h")
    Duration missedAfter();

    /** A due dose counts as overdue this long after its time. */
    @WithDefault("30m")
    Duration overdueAfter();

    /** How often the reminder job looks for due and missed doses; "off" disables it. */
    @WithDefault("60s")
    String reminderEvery();

    /** Create an adherence habit for each scheduled medication (the gateway links the two modules). */
    @WithDefault("true")
    boolean linkedHabit();
}
