package org.kiloguardian.security.user;

/** Long enough to resist guessing, short enough for bcrypt (which reads 72 bytes at most). */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;

    private PasswordRules() {
    }
}
