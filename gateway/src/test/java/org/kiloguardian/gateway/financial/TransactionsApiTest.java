package org.kiloguardian.gateway.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.kiloguardian.gateway.financial.FinancialApi.account;
import static org.kiloguardian.gateway.financial.FinancialApi.api;
import static org.kiloguardian.gateway.financial.FinancialApi.category;
import static org.kiloguardian.gateway.financial.FinancialApi.transaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class TransactionsApiTest {

    @Test
    void createsWith201AndReadsBackExactMoneyInCamelCase() {
        long account = account("0.10");
        String category = category();

        var created = api().body(Map.of("accountId", account, "date", "2026-11-01", "amount", "0.20", "description", "Refund",
                        "payee", "Shop", "category", category.toLowerCase(), "tags", List.of("a", "b"), "notes", "n"))
                .post("/api/financial/transactions")
                .then().statusCode(201)
                .body("type", equalTo("income"))
                .body("source", equalTo("manual"))
                .body("createdBy", equalTo("test-member"))
                .body("category", equalTo(category))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/financial/transactions/" + id);

        api().get("/api/financial/transactions/" + id).then().statusCode(200)
                .body("amount", equalTo(new BigDecimal("0.20")))
                .body("accountId", equalTo((int) account))
                .body("tags", contains("a", "b"));
        api().get("/api/financial/accounts/" + account).then().statusCode(200)
                .body("balance", equalTo(new BigDecimal("0.30")));
    }

    @Test
    void namesTheFieldOfABadDateANonNumericAmountAndAnUnknownAccount() {
        api().body("{\"date\": \"2026-02-30\", \"amount\": \"1\"}").post("/api/financial/transactions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"));
        api().body("{\"date\": \"2026-02-03\", \"amount\": \"twelve\"}").post("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("amount"));
        api().body(Map.of("accountId", 987654321, "amount", "1")).post("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("accountId"));
        api().body(Map.of("amount", "1", "category", "No such category")).post("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("category"));
        api().body(Map.of("amount", "5", "type", "expense")).post("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        api().queryParam("from", "2026-13-01").get("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        api().queryParam("size", "0").get("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        api().queryParam("minAmount", "lots").get("/api/financial/transactions")
                .then().statusCode(400).body("errors.field", hasItem("minAmount"));
    }

    @Test
    void pagesSortsAndFiltersOnTheServerWithATotal() {
        long account = account("0");
        for (int day = 1; day <= 5; day++) {
            transaction(account, "2026-06-0" + day, "-" + day + ".00", "Item " + day);
        }

        api().queryParam("accountId", account).queryParam("page", 1).queryParam("size", 2)
                .queryParam("sort", "amount").queryParam("order", "asc")
                .get("/api/financial/transactions")
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("total", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items.amount", contains(new BigDecimal("-3.00"), new BigDecimal("-2.00")));
        api().queryParam("accountId", account).queryParam("q", "item 4").queryParam("type", "expense")
                .get("/api/financial/transactions")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].runningBalance", equalTo(new BigDecimal("-10.00")));
    }

    @Test
    void putsPatchesAndDeletes() {
        long account = account("0");
        long id = transaction(account, "2026-05-01", "-10", "Before");

        api().body(Map.of("accountId", account, "date", "2026-05-02", "amount", "-11", "description", "Put"))
                .put("/api/financial/transactions/" + id).then().statusCode(200).body("description", equalTo("Put"));
        api().contentType("application/merge-patch+json").body("{\"notes\": \"patched\", \"amount\": \"-12.5\"}")
                .patch("/api/financial/transactions/" + id).then().statusCode(200)
                .body("notes", equalTo("patched")).body("description", equalTo("Put"))
                .body("amount", equalTo(new BigDecimal("-12.50")));
        api().body("{\"amount\": \"abc\"}").patch("/api/financial/transactions/" + id)
                .then().statusCode(400).body("errors.field", hasItem("amount"));

        api().delete("/api/financial/transactions/" + id).then().statusCode(204);
        api().get("/api/financial/transactions/" + id).then().statusCode(404).contentType("application/problem+json");
        api().delete("/api/financial/transactions/" + id).then().statusCode(404);
    }

    @Test
    void bulkDeletesAllOrNothing() {
        long account = account("0");
        long a = transaction(account, "2026-05-01", "-1", "a");
        long b = transaction(account, "2026-05-02", "-2", "b");

        api().body(Map.of("ids", List.of(a, b, 999999999L))).post("/api/financial/transactions/bulk-delete")
                .then().statusCode(404);
        api().get("/api/financial/transactions/" + a).then().statusCode(200);
        api().body(Map.of("ids", List.of(a, b))).post("/api/financial/transactions/bulk-delete")
                .then().statusCode(200).body("deleted", equalTo(2));
        api().body(Map.of("ids", List.of())).post("/api/financial/transactions/bulk-delete")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
    }

    @Test
    void aTransferIsAPairBetweenTwoAccounts() {
        long from = account("100");
        long to = account("0");

        long id = api().body(Map.of("accountId", from, "transferAccountId", to, "type", "transfer", "amount", "-40",
                        "description", "Savings"))
                .post("/api/financial/transactions").then().statusCode(201)
                .body("type", equalTo("transfer")).body("category", nullValue())
                .extract().jsonPath().getLong("transferTransactionId");

        api().get("/api/financial/transactions/" + id).then().statusCode(200)
                .body("accountId", equalTo((int) to)).body("amount", equalTo(new BigDecimal("40.00")));
        api().get("/api/financial/accounts/" + to).then().body("balance", equalTo(new BigDecimal("40.00")));
    }

    @Test
    void exportsTheFilteredListAsCsv() {
        long account = account("0");
        transaction(account, "2026-04-01", "-1.5", "Tea, green");
        transaction(account, "2026-04-20", "-2", "Later");

        String csv = api().queryParam("accountId", account).queryParam("to", "2026-04-10")
                .get("/api/financial/transactions/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("transactions.csv"))
                .extract().asString();

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\"Tea, green\"").contains("-1.50").doesNotContain("Later");
    }

    @Test
    void theSingularPathOfTheOldDashboardIsAJson404NotTheUi() {
        api().get("/api/financial/transaction").then().statusCode(404).contentType("application/problem+json");
    }
}
