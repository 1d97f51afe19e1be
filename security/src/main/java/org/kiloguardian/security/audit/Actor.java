package org.kiloguardian.security.audit;

/** Who is acting and from which address: what every audit entry records. */
public record Actor(String username, String remoteAddress) {

    public static Actor system() {
        return new Actor("system", null);
    }
}
