package org.kiloguardian.gateway.singleinstance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kilo.single-instance.*}: deploy/README.md, "Replicas". */
@ConfigMapping(prefix = "kilo.single-instance")
public interface SingleInstanceConfig {

    /** A second instance on the same database stays unready. */
    @WithDefault("false")
    boolean enabled();
}
