package org.kiloguardian.rest.patch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples of RFC 7396, section 3 and appendix A. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void replacesMembersRemovesNullsAndMergesObjects() throws Exception {
        JsonNode target = JSON.readTree("""
                {"title": "Goodbye!", "author": {"givenName": "John", "familyName": "Doe"},
                 "tags": ["example", "sample"], "content": "This will be unchanged"}""");
        JsonNode patch = JSON.readTree("""
                {"title": "Hello!", "phoneNumber": "+01-123-456-7890", "author": {"familyName": null}, "tags": ["example"]}""");

        assertThat(MergePatch.apply(target, patch)).isEqualTo(JSON.readTree("""
                {"title": "Hello!", "author": {"givenName": "John"}, "tags": ["example"],
                 "content": "This will be unchanged", "phoneNumber": "+01-123-456-7890"}"""));
        assertThat(target.path("title").asText()).as("the target is not changed").isEqualTo("Goodbye!");
    }

    @Test
    void anObjectReplacesAScalarAndNullsInsideANewObjectAreDropped() throws Exception {
        assertThat(MergePatch.apply(JSON.readTree("{\"a\": \"foo\"}"), JSON.readTree("{\"a\": {\"bb\": {\"ccc\": null}}}")))
                .isEqualTo(JSON.readTree("{\"a\": {\"bb\": {}}}"));
        assertThat(MergePatch.apply(JSON.readTree("{\"a\": [{\"b\": \"c\"}]}"), JSON.readTree("{\"a\": [1]}")))
                .isEqualTo(JSON.readTree("{\"a\": [1]}"));
    }
}
