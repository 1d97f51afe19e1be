package org.kiloguardian.gateway.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** {@code kilo.demo-data}: fill an empty household with demo people, habits, medications and money at start-up. */
@ConfigMapping(prefix = "kilo.demo-data")
public interface DemoConfig {

    @WithParentName
    @WithDefault("false")
    boolean enabled();
}
