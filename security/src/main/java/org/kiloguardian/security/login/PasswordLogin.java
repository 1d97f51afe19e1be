package org.kiloguardian.security.login;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.kiloguardian.security.user.HouseholdUser;
import org.kiloguardian.security.user.PasswordHasher;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;
import org.kiloguardian.security.audit.LoggedText;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Checks a household user's password, throttled and audited alike wherever a password is typed: the
 * login form, HTTP Basic, and the current password of a password change.
 */
@ApplicationScoped
public class PasswordLogin {

    private static final Logger LOG = Logger.getLogger(PasswordLogin.class);

    /** Why a password is being checked: each purpose has its own audit entries. */
    private enum Purpose {
        LOGIN(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_THROTTLED),
        PASSWORD_CHANGE(AuditAction.PASSWORD_CHANGE_FAILED, AuditAction.PASSWORD_CHANGE_THROTTLED);

        final AuditAction failed;
        final AuditAction throttled;

        Purpose(AuditAction failed, AuditAction throttled) {
            this.failed = failed;
            this.throttled = throttled;
        }
    }

    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    PasswordLogin(PasswordHasher hasher, LoginThrottle throttle, AuditLog audit) {
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * The identity of a user who typed the right password; {@link TooManyAttempts} when the attempt
     * was not even checked, {@link AuthenticationFailedException} when the password was wrong.
     */
    public SecurityIdentity authenticate(String username, String password, String address) {
        UserCredentials user = check(username, password, address, Purpose.LOGIN);
        audit.record(user.username(), AuditAction.LOGIN, user.username(), address, null);
        return HouseholdIdentity.of(user.username(), user.role());
    }

    /** Before a logged-in user changes their password, the current one proves it is them. */
    public void confirmCurrentPassword(String username, String password, String address) {
        check(username, password, address, Purpose.PASSWORD_CHANGE);
    }

    private UserCredentials check(String username, String password, String address, Purpose purpose) {
        Optional<Duration> wait = throttle.reserve(username, address);
        if (wait.isPresent()) {
            TooManyAttempts refused = new TooManyAttempts(wait.get());
            LOG.warnf("%s for '%s' from %s refused: throttled for %d more seconds", purpose, LoggedText.of(username), LoggedText.of(address),
                    refused.retryAfterSeconds());
            audit.record(username, purpose.throttled, username, address, "retry in " + refused.retryAfterSeconds() + " s");
            throw refused;
        }
        Optional<UserCredentials> user;
        try {
            user = credentialsOf(username);
        } catch (RuntimeException unchecked) {
            throttle.cancel(username, address);
            throw unchecked;
        }
        boolean valid;
        if (user.isPresent()) {
            valid = hasher.matches(password, user.get().passwordHash());
        } else {
            hasher.spendTimeLikeAMatch(password);
            valid = false;
        }
        if (!valid) {
            audit.record(username, purpose.failed, username, address, user.isPresent() ? "wrong password" : "unknown user");
            throw new AuthenticationFailedException("Wrong username or password");
        }
        throttle.succeeded(username, address);
        return user.get();
    }

    @Transactional
    Optional<UserCredentials> credentialsOf(String username) {
        return HouseholdUser.findByUsername(username)
                .map(user -> new UserCredentials(user.username, user.passwordHash, user.role));
    }

    record UserCredentials(String username, String passwordHash, Role role) {
    }
}
