package org.kiloguardian.security.user;

import com.fasterxml.jackson.annotation.JsonValue;

/** Members use every module; admins also manage users, tokens and settings, and read the audit log. */
public enum Role {
    ADMIN, MEMBER;

    public static final String ADMIN_NAME = "admin";
    public static final String MEMBER_NAME = "member";

    @JsonValue
    public String roleName() {
        return name().toLowerCase();
    }

    public static Role fromName(String name) {
        return Role.valueOf(name.toUpperCase());
    }
}
