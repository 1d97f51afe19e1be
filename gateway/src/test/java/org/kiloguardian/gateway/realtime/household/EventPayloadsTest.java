package org.kiloguardian.gateway.realtime.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionFacts;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.habits.event.HabitCompleted;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The wire names of every household payload come from one mapper: snake_case, whatever the record calls them. */
class EventPayloadsTest {

    /** Configured as Quarkus configures the application's mapper (java.time as ISO strings). */
    private final EventPayloads payloads = new EventPayloads(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void aHabitEventGoesOutInSnakeCase() {
        ObjectNode payload = payloads.of(new HabitCompleted(7, "Stretch", LocalDate.of(2026, 12, 3), 2, true,
                Instant.parse("2026-12-03T08:15:00Z"), 3L, "Grandma"));

        assertThat(fieldNames(payload)).containsExactly("habit_id", "name", "date", "completed_today", "done", "timestamp",
                "person_id", "person_name");
        assertThat(payload.get("habit_id").asLong()).isEqualTo(7);
        assertThat(payload.get("completed_today").asInt()).isEqualTo(2);
        assertThat(payload.get("date").asText()).isEqualTo("2026-12-03");
        assertThat(payload.get("timestamp").asText()).isEqualTo("2026-12-03T08:15:00Z");
    }

    @Test
    void aTransactionKeepsItsAmountExact() {
        ObjectNode payload = payloads.of(new TransactionAdded(facts(), "expense", "manual"));

        assertThat(fieldNames(payload)).containsExactly("transaction_id", "amount", "timestamp", "category", "description", "date",
                "account_id", "type", "source");
        assertThat(payload.get("amount").isBigDecimal()).as("never a double").isTrue();
        assertThat(payload.get("amount").decimalValue()).isEqualByComparingTo("-12.30");
    }

    @Test
    void aMapsDecimalsStayExactWithoutTrailingZerosAsBefore() {
        ObjectNode payload = payloads.of(Map.of("stock", new BigDecimal("9.000"), "amount", new BigDecimal("0.1000")));

        assertThat(payload.get("stock").toString()).isEqualTo("9");
        assertThat(payload.get("amount").toString()).isEqualTo("0.1");
    }

    @Test
    void aNotificationsMetadataKeysAreWrittenAsGiven() {
        ObjectNode payload = payloads.of(new Notification("med_due", "Heart pills", Map.of("med_id", 5, "scheduledAt", "08:00"),
                OffsetDateTime.of(2026, 12, 3, 8, 0, 0, 0, ZoneOffset.ofHours(1)), 3L, "Grandma"));

        assertThat(fieldNames(payload)).containsExactly("type", "content", "metadata", "timestamp", "person_id", "person_name");
        assertThat(fieldNames((ObjectNode) payload.get("metadata"))).containsExactlyInAnyOrder("med_id", "scheduledAt");
        assertThat(payload.get("timestamp").asText()).isEqualTo("2026-12-03T08:00:00+01:00");
    }

    @Test
    void anAlertNamesItsType() {
        assertThat(fieldNames(payloads.of(new KiloAlert("low_stock", "3 left", "medium", true, null))))
                .containsExactly("alert_type", "message", "severity", "actionable", "timestamp", "person_id", "person_name");
    }

    @Test
    void anUpdateAndADeletionCarryTheSameFlatFieldsAsBefore() {
        assertThat(payloads.of(new TransactionUpdated(facts(), "expense")).toString()).isEqualTo(
                "{\"transaction_id\":11,\"amount\":-12.3,\"timestamp\":\"2026-12-03T08:15:00Z\",\"category\":\"Food\","
                        + "\"description\":\"Bakery\",\"date\":\"2026-12-02\",\"account_id\":4,\"type\":\"expense\"}");
        assertThat(fieldNames(payloads.of(new TransactionDeleted(facts())))).containsExactly("transaction_id", "amount", "timestamp",
                "category", "description", "date", "account_id");
    }

    private static TransactionFacts facts() {
        return new TransactionFacts(11, new BigDecimal("-12.30"), Instant.parse("2026-12-03T08:15:00Z"), "Food", "Bakery",
                LocalDate.of(2026, 12, 2), 4);
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
