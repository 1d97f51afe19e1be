package org.kiloguardian.gateway.singleinstance;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Unready while another instance holds the database's single-instance lock: no traffic reaches a second replica. */
@Readiness
@ApplicationScoped
public class SingleInstanceReadiness implements HealthCheck {

    static final String NAME = "Single instance";

    private final SingleInstanceLock lock;

    SingleInstanceReadiness(SingleInstanceLock lock) {
        this.lock = lock;
    }

    @Override
    public HealthCheckResponse call() {
        if (!lock.enabled()) {
            return HealthCheckResponse.named(NAME).up().withData("lock", "disabled").build();
        }
        if (lock.held()) {
            return HealthCheckResponse.named(NAME).up().withData("lock", "held by this instance").build();
        }
        return HealthCheckResponse.named(NAME).down()
                .withData("lock", "held by another Kilo Guardian instance on this database; run one replica only")
                .build();
    }
}
