package org.kiloguardian.security.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.security.user.NewUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;

/**
 * The first admin of a household with no users, created with a one-time code that only the
 * server's log shows. Open only until the first user exists; there is never a default password.
 */
@ApplicationScoped
public class FirstAdminSetup {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserService accounts;
    private final AuditLog audit;
    private volatile String code;

    FirstAdminSetup(UserService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Opens the setup and returns the code, e.g. "K7QW-M2ZP-XR4T" (60 bits: not guessable online). */
    String open() {
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                generated.append('-');
            }
            generated.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code = generated.toString();
        return code;
    }

    public boolean isOpen() {
        return code != null && accounts.count() == 0;
    }

    @Transactional
    public synchronized UserView complete(String offeredCode, String username, String displayName, String password, Actor actor) {
        if (!isOpen()) {
            throw new Conflict("The household already has an admin.");
        }
        if (offeredCode == null || !MessageDigest.isEqual(normalise(offeredCode).getBytes(StandardCharsets.UTF_8),
                code.getBytes(StandardCharsets.UTF_8))) {
            audit.record(username, AuditAction.LOGIN_FAILED, "setup", actor.remoteAddress(), "wrong setup code");
            throw new Forbidden("The setup code is not correct.");
        }
        UserView admin = accounts.create(new NewUser(username, displayName, password, Role.ADMIN), actor);
        code = null;
        audit.record(admin.username(), AuditAction.FIRST_ADMIN_CREATED, admin.username(), actor.remoteAddress(), "with the setup code");
        return admin;
    }

    void close() {
        code = null;
    }

    private static String normalise(String offered) {
        return offered.strip().toUpperCase();
    }
}
