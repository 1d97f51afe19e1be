package org.kiloguardian.gateway.realtime.household;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place where a household event's payload gets its wire names: every field in snake_case
 * ({@code habitId} → {@code habit_id}), as docs/realtime.md lists them. The domain modules' event
 * records keep plain Java names and know nothing of the wire. Map keys (a notification's
 * {@code metadata}) are written as given. Otherwise the application's mapper, as before: same
 * dates, same modules, decimals exact but without trailing zeros ({@code 9.000} goes out as {@code 9}).
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper snakeCase;

    EventPayloads(ObjectMapper json) {
        this.snakeCase = json.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** The payload of one event as it goes out: a record, or a map whose keys are already wire names. */
    public ObjectNode of(Object payload) {
        return snakeCase.valueToTree(payload);
    }
}
