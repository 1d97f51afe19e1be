package org.kiloguardian.gateway.financial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.kiloguardian.gateway.financial.FinancialApi.account;
import static org.kiloguardian.gateway.financial.FinancialApi.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class ImportApiTest {

    private static final String SEMICOLON_CSV = """
            Datum;Verwendungszweck;Betrag
            01.03.2026;Miete;-800,00
            31.03.2026;Gehalt;2.100,50
            """;

    @Test
    void previewsWithADryRunThenImportsAndSkipsDuplicatesTheSecondTime() {
        long account = account("0");

        given().multiPart("file", "march.csv", SEMICOLON_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .queryParam("dryRun", "true")
                .post("/api/financial/imports")
                .then().statusCode(200)
                .body("dryRun", equalTo(true)).body("committed", equalTo(false)).body("newRows", equalTo(2))
                .body("format.delimiter", equalTo(";")).body("format.decimalSeparator", equalTo(","))
                .body("lines[1].line", equalTo(3)).body("lines[1].status", equalTo("new"));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(new BigDecimal("0.00")));

        given().multiPart("file", "march.csv", SEMICOLON_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .post("/api/financial/imports")
                .then().statusCode(200).body("imported", equalTo(2)).body("committed", equalTo(true));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(new BigDecimal("1300.50")));

        given().multiPart("file", "march.csv", SEMICOLON_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .post("/api/financial/imports")
                .then().statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(2));
    }

    /**
     * Years of a bank's history in one file, half the row limit: it used to run past the 60 s
     * transaction timeout (a query per row made Hibernate dirty-check every row booked so far) and
     * end in a 500 with nothing imported.
     */
    @Test
    void importsTenThousandRowsInOneFile() {
        long account = account("0");
        StringBuilder csv = new StringBuilder("Date,Description,Amount,Reference\n");
        BigDecimal total = BigDecimal.ZERO;
        LocalDate first = LocalDate.of(2018, 1, 1);
        for (int row = 0; row < 10_000; row++) {
            BigDecimal amount = new BigDecimal("-" + (row % 500 + 1) + "." + String.format("%02d", row % 100));
            total = total.add(amount);
            csv.append(first.plusDays(row / 8)).append(",Shop ").append(row % 97).append(',').append(amount.toPlainString())
                    .append(",history-").append(row).append('\n');
        }

        given().multiPart("file", "history.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .post("/api/financial/imports")
                .then().statusCode(200).body("imported", equalTo(10_000)).body("committed", equalTo(true));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(total));
    }

    @Test
    void followsAColumnMappingForDebitAndCreditColumns() {
        long account = account("0");
        String csv = "Booked|What|Out|In\n2026/03/02|Shop|12.00|\n2026/03/03|Refund||2.50\n";

        given().multiPart("file", "bank.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .multiPart("delimiter", "|")
                .multiPart("dateFormat", "yyyy/MM/dd")
                .multiPart("dateColumn", "Booked").multiPart("descriptionColumn", "What")
                .multiPart("debitColumn", "Out").multiPart("creditColumn", "In")
                .post("/api/financial/imports")
                .then().statusCode(200).body("imported", equalTo(2));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(new BigDecimal("-9.50")));
    }

    @Test
    void refusesAFileWithABadRowWith422NamingTheLineAndImportsNothing() {
        long account = account("0");
        String csv = "Date,Description,Amount\n2026-03-01,Good,-1.00\n2026-03-02,Bad,abc\n";

        given().multiPart("file", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", String.valueOf(account))
                .post("/api/financial/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", hasItem("file"))
                .body("errors.message", hasItem(containsString("line 3: amount \"abc\" is not a number")))
                .body("report.committed", equalTo(false)).body("report.rejected", equalTo(1));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void refusesTenMegabytesOfGarbageWithAReport() {
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(garbage);

        given().multiPart("file", "garbage.csv", garbage, "text/csv")
                .post("/api/financial/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most"))
                .body("report.committed", equalTo(false));
    }

    @Test
    void refusesMalformedQuotingAndBinaryFilesWith422() {
        given().multiPart("file", "broken.csv", "Date,Description,Amount\n2026-03-01,\"open,-1\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/financial/imports")
                .then().statusCode(422).body("detail", containsString("malformed"));
        byte[] binary = new byte[2048];
        new Random(3).nextBytes(binary);
        given().multiPart("file", "image.png", binary, "image/png")
                .post("/api/financial/imports")
                .then().statusCode(422).body("detail", containsString("not a text (CSV) file"));
    }

    @Test
    void namesMissingAndBadFormFields() {
        given().multiPart("accountId", "1").post("/api/financial/imports")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        given().multiPart("file", "a.csv", "x".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("accountId", "987654321")
                .multiPart("decimalSeparator", ";")
                .post("/api/financial/imports")
                .then().statusCode(400).body("errors.field", hasItem("accountId"))
                .body("errors.field", hasItem("decimalSeparator"));
    }
}
