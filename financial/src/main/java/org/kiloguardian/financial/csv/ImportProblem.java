package org.kiloguardian.financial.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem body for a refused import: {@code errors} names the field ("file") with one
 * message per bad line, and {@code report} is the full import report.
 */
public record ImportProblem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, ImportReport report) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Enough lines to fix a file; the report holds them all. */
    private static final int MAX_ERRORS = 100;

    public record FieldError(String field, String message) {
    }

    static ImportProblem of(int status, String title, ImportReport report, String instance) {
        List<FieldError> errors = new ArrayList<>();
        report.problems().forEach(problem -> errors.add(new FieldError("file", problem)));
        report.lines().stream()
                .filter(line -> line.status() == RowStatus.REJECTED)
                .limit(MAX_ERRORS)
                .forEach(line -> errors.add(new FieldError("file", "line " + line.line() + ": " + line.reason())));
        return new ImportProblem("about:blank", title, status, report.problems().get(0), instance, errors, report);
    }
}
