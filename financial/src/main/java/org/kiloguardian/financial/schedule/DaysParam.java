package org.kiloguardian.financial.schedule;

import org.kiloguardian.rest.QueryParameters;

/** {@code ?days=} on {@code /bills/upcoming} and {@code /recurring/upcoming}: a year ahead at most. */
final class DaysParam {

    static final int DEFAULT = 14;
    static final int MAX = 366;

    private DaysParam() {
    }

    static int read(String days) {
        Integer given = QueryParameters.wholeNumber(days, "days", 0, MAX);
        return given == null ? DEFAULT : given;
    }
}
