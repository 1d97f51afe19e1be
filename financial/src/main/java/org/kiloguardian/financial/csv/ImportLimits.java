package org.kiloguardian.financial.csv;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.financial.config.FinancialConfig;

/** How much one import may hold: a year of a household's bank statement is far below both. */
@ApplicationScoped
public class ImportLimits {

    private final long maxBytes;
    private final int maxRows;

    ImportLimits(FinancialConfig config) {
        this.maxBytes = config.csvImport().maxFileSize().asLongValue();
        this.maxRows = config.csvImport().maxRows();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }
}
