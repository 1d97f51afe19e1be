package org.kiloguardian.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Clients and the API description know each parameter by its name: how a resource declares it
 * (JAX-RS' or RESTEasy Reactive's annotations, named or taken from the Java name) must not change
 * it. The whole list is pinned in {@code routing/openapi-parameters.txt}.
 */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class OpenApiParametersTest {

    private static final String EXPECTED = "/routing/openapi-parameters.txt";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Test
    void everyOperationKeepsItsParameterNames() throws IOException {
        TreeSet<String> actual = new TreeSet<>(parameters(description()));
        List<String> expected;
        try (InputStream in = OpenApiParametersTest.class.getResourceAsStream(EXPECTED)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
        if (!actual.equals(new TreeSet<>(expected))) {
            // the whole list, to compare with the pinned one when a parameter is meant to change
            Files.write(Path.of("target", "openapi-parameters.txt"), actual);
        }
        assertThat(actual).as("parameters of the API description (actual list in target/openapi-parameters.txt)")
                .containsExactlyElementsOf(new TreeSet<>(expected));
    }

    @Test
    void everyPathVariableIsAPathParameterOfEachOperation() {
        JsonNode paths = description().get("paths");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                Matcher variable = TEMPLATE_VARIABLE.matcher(path.getKey());
                while (variable.find()) {
                    String name = variable.group(1);
                    boolean declared = false;
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        declared |= "path".equals(parameter.path("in").asText()) && name.equals(parameter.path("name").asText());
                    }
                    if (!declared) {
                        missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " lacks path parameter " + name);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static JsonNode description() {
        String json = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("The API description is no JSON", e);
        }
    }

    /** A path item's operations, without its other members (summary, path-wide parameters). */
    private static List<Map.Entry<String, JsonNode>> operations(JsonNode pathItem) {
        return pathItem.properties().stream().filter(member -> OPERATIONS.contains(member.getKey())).toList();
    }

    /** "GET /api/tokens query all", one line per parameter of each operation. */
    private static List<String> parameters(JsonNode description) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    lines.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + parameter.path("in").asText() + " "
                            + parameter.path("name").asText());
                }
            }
        }
        return lines;
    }
}
