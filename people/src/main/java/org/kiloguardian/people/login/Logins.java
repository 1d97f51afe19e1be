package org.kiloguardian.people.login;

import java.util.Optional;

/**
 * The household's logins as far as people need them. Logins belong to module security, which this
 * module does not know: the gateway implements this.
 */
public interface Logins {

    boolean exists(long userId);

    /** The login behind the current request, if it is one of the household's. */
    Optional<Long> caller();

    /** Whether the current request comes from an admin. */
    boolean callerIsAdmin();
}
