package org.kiloguardian.financial.csv;

import java.util.ArrayList;
import java.util.List;

import org.kiloguardian.rest.problem.Problem;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An RFC 9457 problem body for a refused import: the usual {@link Problem} whose {@code errors}
 * name the field ("file") with one message per bad line, and the extension member {@code report},
 * the full import report.
 */
public record ImportProblem(@JsonUnwrapped Problem problem, ImportReport report) {

    /** Enough lines to fix a file; the report holds them all. */
    private static final int MAX_ERRORS = 100;

    static ImportProblem of(int status, String title, ImportReport report, String instance) {
        List<Problem.FieldError> errors = new ArrayList<>();
        report.problems().forEach(problem -> errors.add(new Problem.FieldError("file", problem)));
        report.lines().stream()
                .filter(line -> line.status() == RowStatus.REJECTED)
                .limit(MAX_ERRORS)
                .forEach(line -> errors.add(new Problem.FieldError("file", "line " + line.line() + ": " + line.reason())));
        return new ImportProblem(new Problem("about:blank", title, status, report.problems().get(0), instance, errors), report);
    }
}
