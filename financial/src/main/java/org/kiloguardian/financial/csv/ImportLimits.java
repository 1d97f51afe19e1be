package org.kiloguardian.financial.csv;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/** How much one import may hold: a year of a household's bank statement is far below both. */
@ApplicationScoped
public class ImportLimits {

    private final long maxBytes;
    private final int maxRows;

    ImportLimits(@ConfigProperty(name = "kilo.financial.import.max-file-size", defaultValue = "2M") MemorySize maxFileSize,
            @ConfigProperty(name = "kilo.financial.import.max-rows", defaultValue = "20000") int maxRows) {
        this.maxBytes = maxFileSize.asLongValue();
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }
}
