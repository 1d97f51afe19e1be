package org.kiloguardian.people.person;

/**
 * What other modules keep for a person (habits, medications): a person who owns something is
 * deactivated, never deleted. Implemented where the modules are composed (the gateway), because
 * this module knows none of them.
 */
public interface Belongings {

    /** How many items (of any kind, archived ones included) name this person as their owner. */
    long count(long personId);

    /** A short description for the 409, e.g. "2 habits and 1 medication". */
    String describe(long personId);
}
