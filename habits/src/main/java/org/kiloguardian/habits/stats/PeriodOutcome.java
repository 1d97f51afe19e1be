package org.kiloguardian.habits.stats;

/** How a streak sees one period of a schedule. */
enum PeriodOutcome {
    /** Enough done days: the streak grows. */
    SUCCESS,
    /** Not enough done days, but the missing ones were skipped on purpose: the streak neither grows nor breaks. */
    EXCUSED,
    /** Still running (today's), or begun before the habit existed: not judged yet. */
    OPEN,
    /** Not enough done days: the streak breaks. */
    FAILED
}
