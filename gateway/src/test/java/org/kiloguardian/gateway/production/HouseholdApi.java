package org.kiloguardian.gateway.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST API of a running production jar as a household script calls it: with an API token the
 * admin made with Basic credentials. Every call asserts the status it expects.
 */
public final class HouseholdApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final RunningProductionJar app;
    private final String token;

    private HouseholdApi(RunningProductionJar app, String token) {
        this.app = app;
        this.token = token;
    }

    /** A new API token of the given user; the API of the app as that user. */
    public static HouseholdApi withNewToken(RunningProductionJar app, String username, String password, String tokenName)
            throws IOException, InterruptedException {
        return new HouseholdApi(app, newToken(app, username, password, tokenName));
    }

    /** A new API token, made with Basic credentials; returns its secret. */
    public static String newToken(RunningProductionJar app, String username, String password, String name)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(app.uri("/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("token").asText();
    }

    public String token() {
        return token;
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public JsonNode send(String method, String path, String body, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** A POST that creates: 201. */
    public JsonNode post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, 201);
    }
}
