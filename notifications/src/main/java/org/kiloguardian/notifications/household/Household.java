package org.kiloguardian.notifications.household;

import java.util.List;
import java.util.Optional;

/**
 * What notifications need of the household's people and logins. People and logins belong to other
 * modules, which this one does not know: the gateway implements this.
 */
public interface Household {

    /**
     * Who gets the reminders of {@code personId}'s medication: the person and their caregivers'
     * people; everyone for a shared item (null) or for a person nobody would see them for.
     */
    List<Recipient> remindersOf(Long personId);

    /** Every active person of the household. */
    List<Recipient> everyone();

    /** The login behind the current request; empty outside one. */
    Optional<Caller> caller();

    /** Whether this login is the person's own or looks after them. */
    boolean looksAfter(long userId, long personId);

    /** Whether a person of that id exists. */
    boolean personExists(long personId);
}
