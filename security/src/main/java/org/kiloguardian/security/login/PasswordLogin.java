package org.kiloguardian.security.login;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.kiloguardian.security.account.HouseholdUser;
import org.kiloguardian.security.account.PasswordHasher;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Checks a username and password, throttled and audited. Used by the login form and by HTTP Basic. */
@ApplicationScoped
public class PasswordLogin {

    private static final Logger LOG = Logger.getLogger(PasswordLogin.class);

    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    PasswordLogin(PasswordHasher hasher, LoginThrottle throttle, AuditLog audit) {
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    public SecurityIdentity authenticate(String username, String password, String address) {
        var wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            LOG.warnf("Login for '%s' from %s refused: throttled for %d more seconds", username, address, wait.get().toSeconds());
            audit.record(username, AuditAction.LOGIN_THROTTLED, username, address, "retry in " + wait.get().toSeconds() + " s");
            throw new AuthenticationFailedException("Too many failed attempts");
        }
        Optional<UserCredentials> user = credentialsOf(username);
        boolean valid;
        if (user.isPresent()) {
            valid = hasher.matches(password, user.get().passwordHash());
        } else {
            hasher.spendTimeLikeAMatch(password);
            valid = false;
        }
        if (!valid) {
            throttle.failed(username, address);
            audit.record(username, AuditAction.LOGIN_FAILED, username, address, user.isPresent() ? "wrong password" : "unknown user");
            throw new AuthenticationFailedException("Wrong username or password");
        }
        throttle.succeeded(username);
        audit.record(user.get().username(), AuditAction.LOGIN, user.get().username(), address, null);
        return HouseholdIdentity.of(user.get().username(), user.get().role());
    }

    @Transactional
    Optional<UserCredentials> credentialsOf(String username) {
        return HouseholdUser.findByUsername(username)
                .map(user -> new UserCredentials(user.username, user.passwordHash, user.role));
    }

    record UserCredentials(String username, String passwordHash, org.kiloguardian.security.account.Role role) {
    }
}
