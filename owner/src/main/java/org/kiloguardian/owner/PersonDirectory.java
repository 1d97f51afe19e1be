package org.kiloguardian.owner;

import java.util.Optional;

/**
 * What habits and meds know of the household's people. People live in their own module, which those
 * modules do not know: the gateway, where the modules are composed, implements this once for both.
 */
public interface PersonDirectory {

    /** The name of the person with this id (active or not), or empty when nobody has the id. */
    Optional<String> nameOf(long personId);

    /** The person of the login making the current request, if it has one. */
    Optional<Long> callerPerson();
}
