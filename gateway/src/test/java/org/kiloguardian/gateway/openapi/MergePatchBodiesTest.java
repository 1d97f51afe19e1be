package org.kiloguardian.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** What the API description tells a client to send with each PATCH. */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class MergePatchBodiesTest {

    @Test
    void everyPatchBodyIsAMergePatchOfItsRecordNotJsonNodesGetters() throws Exception {
        JsonNode description = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());

        List<String> patches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            JsonNode patch = path.getValue().get("patch");
            if (patch == null || !patch.at("/requestBody/content").has("application/merge-patch+json")) {
                continue; // a PATCH with a body of its own (a user's update)
            }
            patches.add(path.getKey());
            for (Map.Entry<String, JsonNode> media : patch.at("/requestBody/content").properties()) {
                JsonNode schema = media.getValue().get("schema");
                assertThat(schema.has("$ref")).as("%s %s", path.getKey(), media.getKey()).isFalse();
                assertThat(schema.get("type").asText()).isEqualTo("object");
                assertThat(schema.get("description").asText()).as(path.getKey()).startsWith("A JSON merge patch (RFC 7396) of ")
                        .doesNotContain("the record:");
            }
        }
        assertThat(patches).contains("/api/habits/{id}", "/api/meds/{id}", "/api/people/{id}", "/api/financial/transactions/{id}");
        assertThat(description.at("/paths/~1api~1habits~1{id}/patch/requestBody/content/application~1merge-patch+json/schema/description")
                .asText()).contains("HabitRequest");
        assertThat(description.at("/components/schemas").has(MergePatchBodies.JSON_NODE)).isFalse();
    }
}
