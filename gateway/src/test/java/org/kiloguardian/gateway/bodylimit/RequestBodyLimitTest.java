package org.kiloguardian.gateway.bodylimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.http.RawHttp;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Request bodies over HTTP as a client sends them, with a declared Content-Length and in chunks
 * without one: 1 MB everywhere (kilo.http.max-body-size), except the CSV import and the UI's upload,
 * which keep the 16 MB of quarkus.http.limits.max-body-size, and Socket.IO, which has its own.
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final int LIMIT = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: the JDK client would otherwise try an h2c upgrade first. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    HouseholdUsers users;

    @TestHTTPResource("/")
    URL root;

    private String token;

    @BeforeEach
    void logIn() {
        token = HouseholdUsers.tokenFor(users.create("sizer", Role.MEMBER));
    }

    @Test
    void aDeclaredBodyOverOneMegabyteIsRefusedWithAProblemBeforeItIsRead() throws Exception {
        byte[] body = habit(LIMIT + 1);

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/habits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
        assertTooLarge(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body(),
                "/api/habits", LIMIT);
        assertThat(answer.headers().firstValue("Connection")).hasValue("close");

        // like curl: Expect: 100-continue, and not a byte of the body until the server says so; it says no
        Map<String, String> expecting = new java.util.HashMap<>(api());
        expecting.put("Expect", "100-continue");
        RawHttp.Answer refused = RawHttp.declared(port(), "POST", "/api/habits", expecting, body.length, new byte[0]);
        assertTooLarge(refused.status(), refused.header("Content-Type"), refused.body(), "/api/habits", LIMIT);
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsCountedAndRefusedWithAProblem() throws Exception {
        RawHttp.Answer answer = RawHttp.chunked(port(), "POST", "/api/habits", api(), habit(2 * LIMIT), 16 * 1024);

        assertTooLarge(answer.status(), answer.header("Content-Type"), answer.body(), "/api/habits", LIMIT);

        // the limit looks at the path the router goes by, not at the path as written
        RawHttp.Answer dotted = RawHttp.chunked(port(), "POST", "/socket.io/../api/habits", api(), habit(2 * LIMIT),
                16 * 1024);
        assertTooLarge(dotted.status(), dotted.header("Content-Type"), dotted.body(), "/api/habits", LIMIT);
    }

    @Test
    void aBodyOfExactlyOneMegabyteAndASmallChunkedBodyStillReachTheEndpoint() throws Exception {
        HttpResponse<String> atTheLimit = HTTP.send(HttpRequest.newBuilder(uri("/api/habits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(habit(LIMIT))).build(), BodyHandlers.ofString());
        assertThat(atTheLimit.statusCode()).as(atTheLimit.body()).isEqualTo(400);
        assertThat(JSON.readTree(atTheLimit.body()).path("errors").get(0).path("field").asText()).isEqualTo("name");

        String name = "Chunked walk " + UUID.randomUUID();
        RawHttp.Answer chunked = RawHttp.chunked(port(), "POST", "/api/habits", api(),
                ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8), 5);
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(201);
        assertThat(JSON.readTree(chunked.body()).path("name").asText()).isEqualTo(name);
    }

    @Test
    void theUiIsHeldToOneMegabyteToo() throws Exception {
        byte[] body = "x".repeat(LIMIT + 1).getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer declared = RawHttp.declared(port(), "POST", "/?v-r=uidl", Map.of("Content-Type", "application/json"),
                body.length, body);
        assertTooLarge(declared.status(), declared.header("Content-Type"), declared.body(), "/", LIMIT);

        RawHttp.Answer chunked = RawHttp.chunked(port(), "POST", "/?v-r=uidl", Map.of("Content-Type", "application/json"),
                body, 64 * 1024);
        assertTooLarge(chunked.status(), chunked.header("Content-Type"), chunked.body(), "/", LIMIT);
    }

    @Test
    void theCsvImportTakesAStatementOverOneMegabyteDeclaredOrChunked() throws Exception {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int row = 0; csv.length() < 3 * LIMIT / 2; row++) {
            csv.append("2026-03-01,Row ").append(row).append(' ').append("padding ".repeat(10)).append(",-1.00\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        given().auth().oauth2(token).multiPart("file", "big.csv", file, "text/csv").queryParam("dryRun", "true")
                .post("/api/financial/imports").then().statusCode(200).body("dryRun", equalTo(true));

        String boundary = "kilo" + UUID.randomUUID();
        RawHttp.Answer chunked = RawHttp.chunked(port(), "POST", "/api/financial/imports?dryRun=true",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + boundary),
                multipart(boundary, "big.csv", file), 64 * 1024);
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(200);
        assertThat(JSON.readTree(chunked.body()).path("rows").asInt()).isGreaterThan(10_000);
    }

    @Test
    void theCsvImportRefusesMoreThanSixteenMegabytesWithAProblemToo() throws Exception {
        long sixteen = 16L * 1024 * 1024;
        RawHttp.Answer answer = RawHttp.declared(port(), "POST", "/api/financial/imports",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=x"), sixteen + 1,
                new byte[1024]);

        assertTooLarge(answer.status(), answer.header("Content-Type"), answer.body(), "/api/financial/imports", sixteen);
    }

    @Test
    void aChunkedImportOverSixteenMegabytesIsRefusedWithAProblemToo() throws Exception {
        long sixteen = 16L * 1024 * 1024;
        String boundary = "kilo" + UUID.randomUUID();
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler errorLog = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Vert.x' own cancel of the cut-off file part (eclipse-vertx/vert.x#4165) is not ours to silence
                boolean vertxFileBug = record.getThrown() instanceof IllegalStateException thrown
                        && "File handle is closed".equals(thrown.getMessage());
                if (record.getLevel().intValue() >= Level.SEVERE.intValue() && !vertxFileBug) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(errorLog);
        try {
            RawHttp.Answer answer = RawHttp.chunked(port(), "POST", "/api/financial/imports",
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + boundary),
                    multipart(boundary, "huge.csv", new byte[(int) sixteen + 1024]), 64 * 1024);

            assertTooLarge(answer.status(), answer.header("Content-Type"), answer.body(), "/api/financial/imports", sixteen);
            // the upload still being piped to its file breaks off when the connection closes: an outsider's
            // oversized body is no server error (it was logged as one, "Pipe closed", with an error id)
            Thread.sleep(1000);
            assertThat(errors).as("errors logged after the 413").isEmpty();
        } finally {
            Logger.getLogger("").removeHandler(errorLog);
        }
    }

    @Test
    void socketIoPollingKeepsItsOwnLimitAndAnswer() throws Exception {
        String open = given().queryParam("EIO", "4").queryParam("transport", "polling").get("/socket.io/")
                .then().statusCode(200).extract().asString();
        String sid = JSON.readTree(open.substring(1)).path("sid").asText();
        byte[] payload = ("4" + "x".repeat(3 * LIMIT / 2)).getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.declared(port(), "POST", "/socket.io/?EIO=4&transport=polling&sid=" + sid,
                Map.of("Content-Type", "text/plain;charset=UTF-8"), payload.length, payload);

        // Engine.IO's answer to a POST over maxPayload, not the body limit's problem
        assertThat(answer.status()).isEqualTo(413);
        assertThat(String.valueOf(answer.header("Content-Type"))).doesNotContain("problem+json");
    }

    @Test
    void aSmallJsonBodyIsNotTouched() {
        given().auth().oauth2(token).contentType("application/json").body("{\"name\": \"\"}").post("/api/habits")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }

    private static void assertTooLarge(int status, String contentType, String body, String path, long limit)
            throws IOException {
        assertThat(status).as(body).isEqualTo(413);
        assertThat(contentType).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asText()).isEqualTo("Content Too Large");
        assertThat(problem.path("instance").asText()).isEqualTo(path);
        assertThat(problem.path("detail").asText()).contains(String.valueOf(limit));
    }

    /** A habit whose JSON body is exactly {@code size} bytes long (its name is far too long to be valid). */
    private static byte[] habit(int size) {
        String open = "{\"name\":\"";
        String close = "\"}";
        return (open + "n".repeat(size - open.length() - close.length()) + close).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] multipart(String boundary, String fileName, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private Map<String, String> api() {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    private int port() {
        return root.getPort();
    }
}
