package org.kiloguardian.ui.live;

/** What a change touched, so each open view redraws only what it shows. */
public enum Topic {
    HABITS, MEDS, FINANCE, NOTICES,
    /** the household's people: names, colours, logins, caregivers */
    PEOPLE,
    /** household users and API tokens (the admin screens) */
    ACCESS
}
