package org.kiloguardian.gateway.realtime.household;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionFacts;
import org.kiloguardian.financial.event.TransactionUpdated;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place where a household event's payload gets its wire names: every field in snake_case
 * ({@code habitId} → {@code habit_id}), as docs/realtime.md lists them. The domain modules' event
 * records keep plain Java names and know nothing of the wire. Map keys (a notification's
 * {@code metadata}) are written as given. Otherwise the application's mapper, as before: same
 * dates, same modules, decimals exact but without trailing zeros ({@code 9.000} goes out as {@code 9}).
 * The transaction events' shared {@link TransactionFacts} go out as the payload's own fields.
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper snakeCase;

    EventPayloads(ObjectMapper json) {
        this.snakeCase = json.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addMixIn(TransactionAdded.class, FlatTransactionFacts.class)
                .addMixIn(TransactionUpdated.class, FlatTransactionFacts.class)
                .addMixIn(TransactionDeleted.class, FlatTransactionFacts.class);
    }

    /** The payload of one event as it goes out: a record, or a map whose keys are already wire names. */
    public ObjectNode of(Object payload) {
        return snakeCase.valueToTree(payload);
    }

    /** Jackson mix-in: the clients have always read a transaction event's facts beside its {@code type}, not nested. */
    private interface FlatTransactionFacts {
        @JsonUnwrapped
        TransactionFacts transaction();
    }
}
