package org.kiloguardian.security.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.TooManyRequests;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;
import org.kiloguardian.security.event.AccessChanged;
import org.kiloguardian.security.event.AccessChanged.Kind;
import org.kiloguardian.security.event.SessionsEnded;
import org.kiloguardian.security.login.PasswordLogin;
import org.kiloguardian.security.login.TooManyAttempts;
import org.kiloguardian.rest.error.NotFound;

import io.quarkus.security.AuthenticationFailedException;

/** The household's users: the one place that creates, changes and removes them. */
@ApplicationScoped
public class UserService {

    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<UserRemoved> removed;
    private final Event<UserCreated> created;
    private final Event<AccessChanged> changed;
    private final Event<SessionsEnded> sessionsEnded;
    private final PasswordLogin passwords;

    UserService(PasswordHasher hasher, AuditLog audit, Clock clock, Event<UserRemoved> removed, Event<AccessChanged> changed,
            Event<SessionsEnded> sessionsEnded, PasswordLogin passwords, Event<UserCreated> created) {
        this.created = created;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.removed = removed;
        this.changed = changed;
        this.sessionsEnded = sessionsEnded;
        this.passwords = passwords;
    }

    @Transactional
    public List<UserView> list() {
        return HouseholdUser.<HouseholdUser>listAll().stream()
                .sorted((a, b) -> a.username.compareToIgnoreCase(b.username))
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView get(long id) {
        return UserView.of(require(id));
    }

    @Transactional
    public Optional<UserView> findByUsername(String username) {
        return HouseholdUser.findByUsername(username).map(UserView::of);
    }

    @Transactional
    public long count() {
        return HouseholdUser.count();
    }

    @Transactional
    public UserView create(NewUser account, Actor actor) {
        if (HouseholdUser.findByUsername(account.username()).isPresent()) {
            throw new Conflict("A user named '" + account.username() + "' already exists.");
        }
        HouseholdUser user = new HouseholdUser();
        user.username = account.username();
        user.displayName = account.displayName().strip();
        user.passwordHash = hasher.hash(account.password());
        user.role = account.role();
        user.createdAt = Instant.now(clock);
        user.updatedAt = user.createdAt;
        user.persist();
        created.fire(new UserCreated(user.id, user.username, user.displayName));
        audit.record(actor.username(), AuditAction.USER_CREATED, user.username, actor.remoteAddress(), "role " + user.role.roleName());
        changed.fire(new AccessChanged(Kind.USER, user.id, user.createdAt));
        return UserView.of(user);
    }

    @Transactional
    public UserView update(long id, UserChanges changes, Actor actor) {
        HouseholdUser user = require(id);
        boolean roleChanged = changes.role() != null && changes.role() != user.role;
        if (roleChanged) {
            if (user.role == Role.ADMIN && HouseholdUser.countAdmins() == 1) {
                throw new Conflict("The household's last admin cannot stop being an admin.");
            }
            user.role = changes.role();
        }
        if (changes.displayName() != null) {
            user.displayName = changes.displayName().strip();
        }
        if (changes.password() != null) {
            user.passwordHash = hasher.hash(changes.password());
        }
        user.updatedAt = Instant.now(clock);
        audit.record(actor.username(), AuditAction.USER_UPDATED, user.username, actor.remoteAddress(),
                changes.password() != null ? "password reset" : null);
        if (roleChanged || changes.password() != null) {
            // whoever holds a session of this user must log in again, with the new password and role
            endSessionsOf(user, changes.password() != null ? "password reset" : "role changed");
        }
        changed.fire(new AccessChanged(Kind.USER, user.id, user.updatedAt));
        return UserView.of(user);
    }

    @Transactional
    public void delete(long id, Actor actor) {
        HouseholdUser user = require(id);
        if (user.role == Role.ADMIN && HouseholdUser.countAdmins() == 1) {
            throw new Conflict("The household's last admin cannot be deleted.");
        }
        user.delete();
        audit.record(actor.username(), AuditAction.USER_DELETED, user.username, actor.remoteAddress(), null);
        removed.fire(new UserRemoved(user.id, user.username));
        changed.fire(new AccessChanged(Kind.USER, user.id, Instant.now(clock)));
    }

    /**
     * A user changes their own password, proving it is them with the current one: checked, throttled
     * and audited like a login, so a stolen session cannot guess its way to the account.
     */
    @Transactional
    public void changeOwnPassword(String username, PasswordChange change, Actor actor) {
        HouseholdUser user = HouseholdUser.findByUsername(username).orElseThrow(() -> new NotFound("No such user"));
        try {
            passwords.confirmCurrentPassword(user.username, change.currentPassword(), actor.remoteAddress());
        } catch (TooManyAttempts throttled) {
            throw new TooManyRequests(throttled.getMessage(), throttled.retryAfterSeconds());
        } catch (AuthenticationFailedException wrong) {
            throw new Forbidden("The current password is not correct.");
        }
        user.passwordHash = hasher.hash(change.newPassword());
        user.updatedAt = Instant.now(clock);
        audit.record(actor.username(), AuditAction.PASSWORD_CHANGED, user.username, actor.remoteAddress(), null);
        endSessionsOf(user, "password changed");
    }

    /** Logging out ends every browser session of the user, on every device. */
    @Transactional
    public void endSessions(String username, Actor actor) {
        HouseholdUser.findByUsername(username).ifPresent(user -> {
            audit.record(actor.username(), AuditAction.LOGOUT, user.username, actor.remoteAddress(), null);
            endSessionsOf(user, "logged out");
        });
    }

    private void endSessionsOf(HouseholdUser user, String reason) {
        user.endSessions();
        sessionsEnded.fire(new SessionsEnded(user.username, reason));
    }

    @Transactional
    public void setDarkTheme(String username, boolean dark) {
        HouseholdUser.findByUsername(username).ifPresent(user -> user.darkTheme = dark);
    }

    private static HouseholdUser require(long id) {
        HouseholdUser user = HouseholdUser.findById(id);
        if (user == null) {
            throw new NotFound("User " + id + " does not exist.");
        }
        return user;
    }
}
