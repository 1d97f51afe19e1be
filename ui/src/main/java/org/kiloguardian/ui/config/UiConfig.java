package org.kiloguardian.ui.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The UI's one setting, the household's locale ({@code kilo.household.locale}, a BCP 47 tag such as
 * en-GB): how dates, times and money are written whatever language the browser asks for. The other
 * {@code kilo.household.*} keys are the financial module's (currency) and the gateway's (time zone).
 */
@ConfigMapping(prefix = "kilo.household")
public interface UiConfig {

    /** Absent: the JVM's format locale. */
    Optional<String> locale();
}
