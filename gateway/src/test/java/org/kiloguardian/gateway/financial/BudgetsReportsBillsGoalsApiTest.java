package org.kiloguardian.gateway.financial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.kiloguardian.gateway.financial.FinancialApi.account;
import static org.kiloguardian.gateway.financial.FinancialApi.api;
import static org.kiloguardian.gateway.financial.FinancialApi.category;
import static org.kiloguardian.gateway.financial.FinancialApi.transaction;
import static org.kiloguardian.gateway.financial.FinancialApi.unique;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class BudgetsReportsBillsGoalsApiTest {

    @Inject
    Clock clock;

    @Test
    void budgetStatusForAMonthCountsItsFirstAndLastDay() {
        long account = account("0");
        String category = category();
        api().body(Map.of("category", category, "monthlyLimit", "100.00", "startMonth", "2025-02"))
                .post("/api/financial/budgets").then().statusCode(201).body("monthlyLimit", equalTo(new BigDecimal("100.00")));
        api().body(Map.of("category", category.toUpperCase(), "monthlyLimit", "5")).post("/api/financial/budgets")
                .then().statusCode(409);
        for (String[] row : new String[][] { { "2025-01-31", "-500" }, { "2025-02-01", "-40" }, { "2025-02-28", "-50.5" },
                { "2025-03-01", "-500" } }) {
            api().body(Map.of("accountId", account, "date", row[0], "amount", row[1], "category", category))
                    .post("/api/financial/transactions").then().statusCode(201);
        }

        api().queryParam("month", "2025-02").get("/api/financial/budgets/status")
                .then().statusCode(200)
                .body("find { it.category == '" + category + "' }.spent", equalTo(new BigDecimal("90.50")))
                .body("find { it.category == '" + category + "' }.remaining", equalTo(new BigDecimal("9.50")))
                .body("find { it.category == '" + category + "' }.usagePercent", equalTo(new BigDecimal("90.5")))
                .body("find { it.category == '" + category + "' }.overBudget", equalTo(false))
                .body("find { it.category == '" + category + "' }.limit", equalTo(new BigDecimal("100.00")));
        api().queryParam("month", "2025-13").get("/api/financial/budgets/status")
                .then().statusCode(400).body("errors.field", hasItem("month"));
        api().body(Map.of("category", category(), "monthlyLimit", "-1")).post("/api/financial/budgets")
                .then().statusCode(400).body("errors.field", hasItem("monthlyLimit"));
    }

    @Test
    void summarisesIncomeAndExpenseByCategoryAndMonth() {
        long account = account("0");
        transaction(account, "2018-05-31", "1000", "Pay");
        transaction(account, "2018-06-01", "-250.25", "Rent");

        api().queryParam("from", "2018-05-01").queryParam("to", "2018-06-30").get("/api/financial/summary")
                .then().statusCode(200)
                .body("income", equalTo(new BigDecimal("1000.00")))
                .body("expense", equalTo(new BigDecimal("250.25")))
                .body("net", equalTo(new BigDecimal("749.75")))
                .body("byMonth.month", contains("2018-05", "2018-06"))
                .body("byCategory.category", hasItem("Miscellaneous"));
        api().queryParam("from", "2018-06-30").queryParam("to", "2018-06-01").get("/api/financial/summary")
                .then().statusCode(400);
        api().queryParam("from", "yesterday").get("/api/financial/summary")
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void billsArePaidAndListedAsUpcoming() {
        long account = account("500");
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> bill = new HashMap<>(Map.of("name", unique("Internet"), "amount", "39.99", "accountId", account,
                "frequency", "monthly", "startDate", today.plusDays(1).toString()));

        long id = api().body(bill).post("/api/financial/bills").then().statusCode(201)
                .body("nextDue", equalTo(today.plusDays(1).toString()))
                .body("amount", equalTo(new BigDecimal("39.99")))
                .extract().jsonPath().getLong("id");

        api().queryParam("days", 3).get("/api/financial/bills/upcoming").then().statusCode(200)
                .body("findAll { it.billId == " + id + " }", hasSize(1))
                .body("find { it.billId == " + id + " }.status", equalTo("upcoming"));
        api().queryParam("days", "lots").get("/api/financial/bills/upcoming").then().statusCode(400)
                .body("errors.field", hasItem("days"));

        api().post("/api/financial/bills/" + id + "/pay").then().statusCode(200)
                .body("status", equalTo("paid")).body("dueDate", equalTo(today.plusDays(1).toString()));
        api().body(Map.of("dueDate", today.plusDays(1).toString())).post("/api/financial/bills/" + id + "/pay")
                .then().statusCode(409).contentType("application/problem+json");
        api().get("/api/financial/bills/" + id + "/history").then().statusCode(200).body("status", hasItem("paid"));
        api().get("/api/financial/accounts/" + account).then().body("balance", equalTo(new BigDecimal("460.01")));

        bill.put("frequency", "every_n_days");
        api().body(bill).post("/api/financial/bills").then().statusCode(400).body("errors.field", hasItem("intervalDays"));
        api().post("/api/financial/bills/999999999/pay").then().statusCode(404);
    }

    @Test
    void recurringTransactionsListWhatTheyWillBook() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        long id = api().body(Map.of("name", unique("Allowance"), "amount", "-5", "frequency", "weekly",
                        "startDate", tomorrow.toString()))
                .post("/api/financial/recurring").then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("-5.00")))
                .extract().jsonPath().getLong("id");

        api().queryParam("days", 8).get("/api/financial/recurring/upcoming").then().statusCode(200)
                .body("findAll { it.recurringId == " + id + " }.dueDate",
                        contains(tomorrow.toString(), tomorrow.plusWeeks(1).toString()));
        api().get("/api/financial/recurring/" + id + "/history").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void goalsTrackContributionsAndProgress() {
        long id = api().body(Map.of("name", "Holiday", "targetAmount", "1200", "savedAmount", "300", "deadline", "2027-07-01"))
                .post("/api/financial/goals").then().statusCode(201)
                .body("progressPercent", equalTo(new BigDecimal("25.0")))
                .extract().jsonPath().getLong("id");

        api().body(Map.of("amount", "0.10", "date", "2026-12-01")).post("/api/financial/goals/" + id + "/contributions")
                .then().statusCode(201);
        api().body(Map.of("amount", "0.20")).post("/api/financial/goals/" + id + "/contributions").then().statusCode(201);
        api().get("/api/financial/goals/" + id).then().statusCode(200)
                .body("savedAmount", equalTo(new BigDecimal("300.30")))
                .body("remaining", equalTo(new BigDecimal("899.70")))
                .body("completed", equalTo(false));
        api().body(Map.of("name", "Holiday", "targetAmount", "0")).put("/api/financial/goals/" + id)
                .then().statusCode(400).body("errors.field", hasItem("targetAmount"));
        api().delete("/api/financial/goals/" + id).then().statusCode(204);
        api().get("/api/financial/goals/" + id).then().statusCode(404);
    }

    @Test
    void accountsCategoriesAndRulesAreEditable() {
        String name = category();
        long categoryId = api().get("/api/financial/categories").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == '" + name + "' }.id");
        api().body(Map.of("name", name.toUpperCase())).post("/api/financial/categories").then().statusCode(409);
        String renamed = unique("Renamed");
        api().body(Map.of("name", renamed)).put("/api/financial/categories/" + categoryId).then().statusCode(200)
                .body("name", equalTo(renamed));

        api().body(Map.of("field", "payee", "operator", "matches", "pattern", "([unclosed", "category", renamed))
                .post("/api/financial/rules").then().statusCode(400).body("errors.field", hasItem("pattern"));
        String marker = unique("kiosk").replace(' ', '-');
        api().body(Map.of("field", "any", "operator", "contains", "pattern", marker, "category", renamed))
                .post("/api/financial/rules").then().statusCode(201);
        long account = account("0");
        api().body(Map.of("accountId", account, "amount", "-2", "payee", marker.toUpperCase()))
                .post("/api/financial/transactions").then().statusCode(201).body("category", equalTo(renamed));
        api().body(Map.of()).post("/api/financial/rules/apply").then().statusCode(200);

        api().body(Map.of("name", unique("Cash"), "kind", "wallet")).post("/api/financial/accounts")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        api().get("/api/financial/accounts").then().statusCode(200).body("findAll { it.defaultAccount }", hasSize(1));
        api().delete("/api/financial/accounts/" + account).then().statusCode(409);
    }
}
