package org.kiloguardian.gateway.bodylimit;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kilo.http.*}: docs/api.md, "Request size". */
@ConfigMapping(prefix = "kilo.http")
public interface BodyLimitConfig {

    /** Largest request body outside the CSV import and Socket.IO; larger: 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
