package org.kiloguardian.security.audit;

/** The security-relevant things the audit log records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT,
    USER_CREATED, USER_UPDATED, USER_DELETED, PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED, PASSWORD_CHANGE_THROTTLED,
    FIRST_ADMIN_CREATED,
    TOKEN_CREATED, TOKEN_REVOKED, TOKEN_REJECTED;

    public String code() {
        return name().toLowerCase();
    }
}
