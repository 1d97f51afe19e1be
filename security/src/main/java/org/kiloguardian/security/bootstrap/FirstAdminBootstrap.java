package org.kiloguardian.security.bootstrap;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.NewUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;
import org.kiloguardian.security.config.AdminConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, a household without users gets its first admin: from KILO_ADMIN_USERNAME and
 * KILO_ADMIN_PASSWORD when both are set (a k3s Secret), otherwise through the setup page with a
 * one-time code written to the log.
 */
@ApplicationScoped
public class FirstAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class);

    private final UserService accounts;
    private final FirstAdminSetup setup;
    private final AuditLog audit;
    private final Validator validator;
    private final boolean databaseActive;
    private final Optional<String> username;
    private final Optional<String> password;

    FirstAdminBootstrap(UserService accounts, FirstAdminSetup setup, AuditLog audit, Validator validator,
            AdminConfig admin,
            // a quarkus.* key, owned by the Hibernate ORM extension: no mapping of ours can hold it
            @ConfigProperty(name = "quarkus.hibernate-orm.active", defaultValue = "true") boolean databaseActive) {
        this.databaseActive = databaseActive;
        this.accounts = accounts;
        this.setup = setup;
        this.audit = audit;
        this.validator = validator;
        this.username = admin.username().filter(value -> !value.isBlank());
        this.password = admin.password().filter(value -> !value.isBlank());
    }

    void onStart(@Observes StartupEvent start) {
        if (!databaseActive) {
            return; // the conformance profile runs without a database, and so without users
        }
        if (accounts.count() > 0) {
            setup.close();
            return;
        }
        if (username.isPresent() && password.isPresent()) {
            NewUser admin = new NewUser(username.get(), username.get(), password.get(), Role.ADMIN);
            var violations = validator.validate(admin);
            if (!violations.isEmpty()) {
                LOG.errorf("KILO_ADMIN_USERNAME/KILO_ADMIN_PASSWORD were not used: %s",
                        violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
                openSetup();
                return;
            }
            accounts.create(admin, Actor.system());
            audit.record("system", AuditAction.FIRST_ADMIN_CREATED, username.get(), null, "from KILO_ADMIN_USERNAME");
            LOG.infof("Created the first admin '%s' from KILO_ADMIN_USERNAME and KILO_ADMIN_PASSWORD", username.get());
            return;
        }
        openSetup();
    }

    private void openSetup() {
        String code = setup.open();
        // the one place a secret reaches the log, on purpose: whoever can read the server log owns the household
        LOG.warnf("No household user exists yet. Open /setup in the browser and enter the one-time setup code %s "
                + "to create the first admin (or set KILO_ADMIN_USERNAME and KILO_ADMIN_PASSWORD and restart).", code);
    }
}
