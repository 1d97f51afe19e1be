package org.kiloguardian.people.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The times and version a person inherits from database's {@code VersionedEntity} are mapped as
 * before: an edit raises the version, {@code created_at} never changes, a stale edit is refused.
 */
@QuarkusTest
class PersonVersioningTest {

    @Inject
    PersonService people;

    @Test
    void anEditRaisesTheVersionAndLeavesTheCreationTime() {
        long id = add();
        Person before = read(id);

        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.require(id);
            person.name = person.name + " edited";
            person.createdAt = before.createdAt.minus(Duration.ofDays(1));
            person.updatedAt = before.updatedAt.plusSeconds(60);
        });

        Person after = read(id);
        assertThat(after.version).isEqualTo(before.version + 1);
        assertThat(after.updatedAt).isEqualTo(before.updatedAt.plusSeconds(60));
        assertThat(after.createdAt).as("created_at is not updatable").isEqualTo(before.createdAt);
    }

    @Test
    void aStaleEditIsRefused() {
        long id = add();
        Person stale = read(id);
        QuarkusTransaction.requiringNew().run(() -> Person.require(id).updatedAt = Instant.now());

        stale.name = stale.name + " stale";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> Person.getEntityManager().merge(stale)))
                .satisfies(failure -> assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                        .anyMatch(cause -> cause instanceof OptimisticLockException || cause instanceof StaleStateException));
        assertThat(read(id).name).doesNotEndWith(" stale");
    }

    private long add() {
        return people.create(Editor.APPLICATION, PersonRequest.named("Versioned " + System.nanoTime() % 1_000_000)).id();
    }

    /** A detached copy, as it was when read. */
    private static Person read(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Person.require(id));
    }
}
