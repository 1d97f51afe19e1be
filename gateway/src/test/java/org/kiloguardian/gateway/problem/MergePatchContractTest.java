package org.kiloguardian.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kiloguardian.rest.patch.MergePatch;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Every PATCH of the API answers the same way to the same mistakes, as one JSON Merge Patch
 * (RFC 7396): a body that is no JSON object, a member of the wrong type, a required member
 * removed with null. Each is a 400 problem naming what is wrong, and the record stays as it was.
 */
@TestSecurity(user = "test-admin", roles = "admin")
@QuarkusTest
class MergePatchContractTest {

    private static final String MERGE_PATCH = MergePatch.MEDIA_TYPE;

    /** A resource that takes a PATCH, how to make one, a member that is a number and one that is required. */
    record Patchable(String path, Map<String, ?> created, String number, String required) {

        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Patchable> patchables() {
        return Stream.of(
                new Patchable("/api/habits", Map.of("name", unique("Walk")), "targetCount", "name"),
                new Patchable("/api/meds", Map.of("name", unique("Iron"), "times", List.of("08:00")), "doseAmount", "name"),
                new Patchable("/api/people", Map.of("name", unique("Aunt")), "userId", "name"),
                new Patchable("/api/financial/transactions", Map.of("amount", "-3.50", "description", "Bus"), "amount", "amount"));
    }

    @ParameterizedTest
    @MethodSource("patchables")
    void aBodyThatIsNoJsonObjectIsRefused(Patchable resource) {
        String at = created(resource);
        for (String body : List.of("[]", "\"name\"", "42")) {
            given().contentType(MERGE_PATCH).body(body).patch(at).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("A merge patch must be a JSON object."));
        }
    }

    @ParameterizedTest
    @MethodSource("patchables")
    void aMemberOfTheWrongTypeIsNamed(Patchable resource) {
        String at = created(resource);
        given().contentType(MERGE_PATCH).body(Map.of(resource.number(), "many")).patch(at).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(resource.number())));
        given().contentType(MERGE_PATCH).body(Map.of(resource.number(), Map.of("nested", 1))).patch(at).then().statusCode(400)
                .body("errors.field", equalTo(List.of(resource.number())));
    }

    @ParameterizedTest
    @MethodSource("patchables")
    void removingARequiredMemberIsRefusedAndChangesNothing(Patchable resource) {
        String at = created(resource);
        String before = given().get(at).then().statusCode(200).extract().asString();

        given().contentType(MERGE_PATCH).body("{\"" + resource.required() + "\": null}").patch(at).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(resource.required())));

        given().get(at).then().statusCode(200).body(equalTo(before));
    }

    @ParameterizedTest
    @MethodSource("patchables")
    void plainJsonIsTakenAsAMergePatchToo(Patchable resource) {
        String at = created(resource);
        given().contentType(ContentType.JSON).body("{}").patch(at).then().statusCode(200);
    }

    private static String created(Patchable resource) {
        Number id = given().contentType(ContentType.JSON).body(resource.created()).post(resource.path())
                .then().statusCode(201).extract().path("id");
        return resource.path() + "/" + id;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
