package org.kiloguardian.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DuplicateMembersTest {

    private final ObjectMapper json = new ObjectMapper();

    DuplicateMembersTest() {
        new DuplicateMembers().customize(json);
    }

    @Test
    void namesTheMemberGivenTwiceWhereverItIs() {
        assertThat(givenTwice("{\"name\": \"a\", \"name\": \"b\"}")).contains("name");
        assertThat(givenTwice("{\"schedule\": {\"type\": \"daily\", \"type\": \"weekdays\"}}")).contains("schedule.type");
        assertThat(givenTwice("{\"items\": [{\"a\": 1}, {\"b\": [1, {\"c\": 1, \"c\": 2}]}]}")).contains("items[1].b[1].c");
        assertThat(givenTwice("[{\"a\": 1, \"a\": 1}]")).contains("[0].a");
    }

    @Test
    void otherFailuresAndOneNameInTwoObjectsAreNoDuplicate() throws Exception {
        assertThat(givenTwice("{\"name\": \"a\",, \"x\": 1}")).isEmpty();
        assertThat(givenTwice("{\"Duplicate field 'a'\": 1, \"a\": }")).isEmpty();
        assertThat(json.readTree("{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}").path("a").path("a").asInt()).isEqualTo(1);
    }

    private Optional<String> givenTwice(String body) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class, () -> json.readValue(body, JsonNode.class));
        assertThat(failure).as(body).isNotNull();
        return DuplicateMembers.givenTwiceIn(failure);
    }
}
