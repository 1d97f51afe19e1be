package org.kiloguardian.habits.support;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.owner.PersonDirectory;
import org.kiloguardian.testsupport.KnownPeople;

/** The gateway implements PersonDirectory with module people; the module's own tests keep a few names here. */
@ApplicationScoped
public class TestPeople extends KnownPeople implements PersonDirectory {
}
