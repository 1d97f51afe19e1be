package org.kiloguardian.gateway.realtime.warmup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Unready until the real-time connection path is warmed up: the household's tablets arrive warm. */
@Readiness
@ApplicationScoped
public class WarmupReadiness implements HealthCheck {

    static final String NAME = "Real-time warm-up";

    private final ConnectPathWarmup warmup;

    WarmupReadiness(ConnectPathWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        return warmup.finished() ? HealthCheckResponse.named(NAME).up().build()
                : HealthCheckResponse.named(NAME).down().withData("warm-up", "running").build();
    }
}
