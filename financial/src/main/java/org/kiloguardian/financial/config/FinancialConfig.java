package org.kiloguardian.financial.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Settings of the financial module ({@code kilo.financial.*}); see docs/financial.md. The currency is
 * {@link HouseholdConfig}'s.
 */
@ConfigMapping(prefix = "kilo.financial")
public interface FinancialConfig {

    Scheduler scheduler();

    Bills bills();

    @WithName("import")
    Import csvImport();

    interface Scheduler {

        /**
         * How often due recurring transactions and bills are materialised and due bills reminded of;
         * "off" stops it. ScheduleJob's @Scheduled expression reads it; it is here so the module's keys
         * are in one list.
         */
        @WithDefault("1h")
        String every();
    }

    interface Bills {

        /** A bill_due notification goes out this many days before the due date. */
        @WithDefault("2")
        int dueSoonDays();
    }

    interface Import {

        /** A larger CSV file is refused with a report (413). */
        @WithDefault("2M")
        MemorySize maxFileSize();

        /** A file with more rows is refused with a report (422). */
        @WithDefault("20000")
        int maxRows();
    }
}
