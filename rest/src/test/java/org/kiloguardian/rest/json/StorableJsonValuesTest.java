package org.kiloguardian.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.rest.problem.FieldErrors;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The values every JSON body is held to, read by a mapper set up as Quarkus sets up the application's. */
class StorableJsonValuesTest {

    record Entry(String name, List<String> tags, Map<String, String> labels, LocalDate date,
            @JsonFormat(pattern = "dd.MM.yyyy") LocalDate written) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    StorableJsonValuesTest() {
        new StorableJsonValues().customize(json);
    }

    @Test
    void ordinaryValuesReadAsBefore() throws Exception {
        Entry entry = json.readValue("""
                {"name": "Groceries \\u00e9 \\ud83d\\ude00", "tags": ["a", null], "labels": {"k": "v"},
                 "date": "9999-12-31", "written": "01.01.0001"}""", Entry.class);

        assertThat(entry.name()).isEqualTo("Groceries é 😀");
        assertThat(entry.tags()).containsExactly("a", null);
        assertThat(entry.labels()).containsEntry("k", "v");
        assertThat(entry.date()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(entry.written()).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void textWithANulCharacterIsRefusedNamingItsPlace() {
        assertRefused("{\"name\": \"x\\u0000y\"}", "name", StorableText.NUL);
        assertRefused("{\"tags\": [\"ok\", \"\\u0000\"]}", "tags[1]", StorableText.NUL);
        assertRefused("{\"labels\": {\"k\": \"\\u0000\"}}", "labels.k", StorableText.NUL);
    }

    @Test
    void halfASurrogatePairIsRefusedWhereTheDriverWouldHaveStoredAQuestionMark() {
        assertRefused("{\"name\": \"\\ud800\"}", "name", StorableText.UNPAIRED_SURROGATE);
        assertRefused("{\"name\": \"a\\udc00b\"}", "name", StorableText.UNPAIRED_SURROGATE);
        assertRefused("{\"name\": \"\\ude00\\ud83d\"}", "name", StorableText.UNPAIRED_SURROGATE); // the pair reversed
    }

    @Test
    void aDateNoRecordCouldHoldIsRefusedNamingItsField() {
        for (String far : List.of("+999999999-12-31", "-999999999-01-01", "0000-12-31", "+10000-01-01")) {
            assertRefused("{\"date\": \"" + far + "\"}", "date", StorableDates.MESSAGE);
        }
        // a number of days since 1970 reads as a date too: 2147483648 of them is ~5.9 million years on
        assertRefused("{\"date\": 2147483648}", "date", StorableDates.MESSAGE);
        // a field's own @JsonFormat still applies, and so does the range
        assertRefused("{\"written\": \"31.12.+99999\"}", "written", StorableDates.MESSAGE);
    }

    private void assertRefused(String body, String field, String message) {
        RefusedValue refused = catchThrowableOfType(() -> json.readValue(body, Entry.class), RefusedValue.class);
        assertThat(refused).as(body).isNotNull();
        assertThat(FieldErrors.jsonPath(refused.getPath())).isEqualTo(field);
        assertThat(refused.getOriginalMessage()).isEqualTo(message);
    }
}
