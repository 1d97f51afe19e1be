package org.kiloguardian.ui.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The UI's one setting, the household's locale ({@code kilo.household.locale}, a BCP 47 tag such as
 * en-GB): how dates, times and money are written whatever language the browser asks for. The financial
 * module reads it too, for the amounts in its alerts; the currency is that module's, the time zone the
 * gateway's.
 */
@ConfigMapping(prefix = "kilo.household")
public interface UiConfig {

    /** Absent: the JVM's format locale. */
    Optional<String> locale();
}
