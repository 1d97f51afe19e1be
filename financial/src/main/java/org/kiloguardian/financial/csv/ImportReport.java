package org.kiloguardian.financial.csv;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of an import or a dry run. A file is imported all or nothing: {@code committed} is
 * true only when no row was rejected and it was not a dry run. {@code problems} are about the file
 * as a whole (too large, not text, broken quoting, no amount column); {@code lines} are per row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(
        String fileName,
        boolean dryRun,
        boolean committed,
        Long accountId,
        String account,
        DetectedFormat format,
        int rows,
        int newRows,
        int imported,
        int duplicates,
        int rejected,
        List<String> problems,
        List<ImportLine> lines) {

    static ImportReport refused(String fileName, boolean dryRun, String problem) {
        return new ImportReport(fileName, dryRun, false, null, null, null, 0, 0, 0, 0, 0, List.of(problem), List.of());
    }

    public boolean refused() {
        return rejected > 0 || !problems.isEmpty();
    }
}
