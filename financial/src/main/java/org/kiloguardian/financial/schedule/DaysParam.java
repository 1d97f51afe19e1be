package org.kiloguardian.financial.schedule;

/** Range of {@code ?days=} on {@code /bills/upcoming} and {@code /recurring/upcoming}: a year ahead at most. */
final class DaysParam {

    static final String PATTERN = "0*([0-9]|[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-6])";
    static final String MESSAGE = "must be a number of days from 0 to 366";
    static final int DEFAULT = 14;

    private DaysParam() {
    }
}
