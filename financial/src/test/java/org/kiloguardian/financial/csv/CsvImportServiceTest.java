package org.kiloguardian.financial.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.budget.BudgetRequest;
import org.kiloguardian.financial.budget.BudgetService;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.rule.RuleField;
import org.kiloguardian.financial.rule.RuleOperator;
import org.kiloguardian.financial.rule.RuleRequest;
import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.PageRequest;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSort;
import org.kiloguardian.financial.transaction.TransactionSource;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;
import org.kiloguardian.testsupport.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CsvImportServiceTest {

    /** Rows of the statement that crosses a budget: 90 and 100 % of a budget of 100. */
    private static final int ROWS = 100;

    @Inject
    CsvImportService imports;
    @Inject
    TransactionCsvExporter exporter;
    @Inject
    TransactionService transactions;
    @Inject
    AccountService accounts;
    @Inject
    RuleService rules;
    @Inject
    Fixtures fixtures;
    @Inject
    BudgetService budgets;
    @Inject
    HouseholdClock clock;
    @Inject
    RecordedEvents events;
    @Inject
    EntityManagerFactory entityManagers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void readsACommaSeparatedFileWithAHeaderAndQuotedFields() {
        long account = fixtures.account("0");
        String csv = """
                Date,Description,Amount
                2026-11-01,"Rent, November",-950.00
                2026-11-03,Coffee,-3.20
                2026-11-25,Salary,2500
                """;

        ImportReport report = run(account, csv, ImportOptions.detectAll(), false);

        assertThat(report.committed()).isTrue();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.format().delimiter()).isEqualTo(",");
        assertThat(report.format().header()).isTrue();
        assertThat(report.format().dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(report.lines()).extracting(ImportLine::line).containsExactly(2L, 3L, 4L);
        assertThat(stored(account)).extracting(TransactionView::description)
                .containsExactly("Rent, November", "Coffee", "Salary");
        assertThat(stored(account)).allSatisfy(t -> assertThat(t.source()).isEqualTo(TransactionSource.IMPORT));
        assertThat(stored(account)).allSatisfy(t -> assertThat(t.createdBy()).isEqualTo("import"));
        assertThat(accounts.get(account).balance()).isEqualByComparingTo("1546.80");
    }

    @Test
    void readsASemicolonFileWithDecimalCommasAndGermanHeadersInWindows1252() {
        long account = fixtures.account("0");
        String csv = """
                Buchungstag;Auftraggeber/Empfänger;Verwendungszweck;Betrag
                01.11.2026;Stadtwerke;Strom Abschlag;-1.234,56
                30.11.2026;Arbeitgeber GmbH;Gehalt;3.000,00
                15.11.2026;Bäckerei;Brötchen;-4,5
                """;

        ImportReport report = imports.importCsv("umsaetze.csv", csv.getBytes(Charset.forName("windows-1252")),
                ImportOptions.detectAll().forAccount(account), false);

        assertThat(report.committed()).isTrue();
        assertThat(report.format().delimiter()).isEqualTo(";");
        assertThat(report.format().decimalSeparator()).isEqualTo(",");
        assertThat(report.format().dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(report.format().columns()).containsEntry("payee", "Auftraggeber/Empfänger");
        assertThat(stored(account)).extracting(TransactionView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-1234.56"), new BigDecimal("-4.50"), new BigDecimal("3000.00"));
        assertThat(stored(account)).extracting(TransactionView::payee).contains("Bäckerei");
    }

    @Test
    void readsSeparateDebitAndCreditColumnsAndDayFirstDates() {
        long account = fixtures.account("0");
        String csv = """
                Date,Details,Debit,Credit,Reference
                02/11/2026,Groceries,45.10,,A1
                13/11/2026,Refund,,12.00,A2
                28/11/2026,Fuel,-60.00,,A3
                """;

        ImportReport report = run(account, csv, ImportOptions.detectAll(), false);

        assertThat(report.committed()).isTrue();
        assertThat(report.format().dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(report.format().columns()).containsKeys("debit", "credit").doesNotContainKey("amount");
        assertThat(stored(account)).extracting(TransactionView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-45.10"), new BigDecimal("12.00"), new BigDecimal("-60.00"));
        assertThat(stored(account)).extracting(TransactionView::bankReference).containsExactly("A1", "A2", "A3");
        assertThat(stored(account).get(0).date()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void followsAnExplicitMappingForAFileWithoutHeader() {
        long account = fixtures.account("0");
        String csv = "X|7,50|11-05-2026|Kiosk\nX|-2,00|12-05-2026|Kiosk refund\n";
        ImportOptions options = new ImportOptions(account, '|', "dd-MM-yyyy", ',', false, "3", "4", "2", null, null, null, null);

        ImportReport report = imports.importCsv("plain.csv", csv.getBytes(StandardCharsets.UTF_8), options, false);

        assertThat(report.committed()).isTrue();
        assertThat(stored(account)).extracting(TransactionView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7.50"), new BigDecimal("-2.00"));
    }

    @Test
    void refusesTheWholeFileWhenOneRowIsUnreadableAndSaysWhichLineAndWhy() {
        long account = fixtures.account("0");
        String csv = """
                Date,Description,Amount
                2026-11-01,Fine,-1.00

                2026-11-02,Broken amount,twelve
                2026-02-30,Broken date,-3.00
                """;

        ImportReport report = run(account, csv, ImportOptions.detectAll(), false);

        assertThat(report.committed()).isFalse();
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.lines()).filteredOn(line -> line.status() == RowStatus.REJECTED)
                .extracting(ImportLine::line, ImportLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "amount \"twelve\" is not a number (decimal separator '.')"),
                        org.assertj.core.groups.Tuple.tuple(5L, "date \"2026-02-30\" is not a date in the format yyyy-MM-dd"));
        assertThat(stored(account)).isEmpty();
    }

    @Test
    void refusesMalformedQuotingWithTheLine() {
        long account = fixtures.account("0");
        String csv = "Date,Description,Amount\n2026-11-01,\"never closed,-1.00\n2026-11-02,Next,-2.00\n";

        ImportReport report = run(account, csv, ImportOptions.detectAll(), false);

        assertThat(report.refused()).isTrue();
        assertThat(report.problems()).singleElement().asString().contains("malformed").contains("Line");
        assertThat(stored(account)).isEmpty();
    }

    @Test
    void refusesTenMegabytesOfGarbageAndSmallBinaryFiles() {
        long account = fixtures.account("0");
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(garbage);

        ImportReport large = imports.importCsv("garbage.bin", garbage, ImportOptions.detectAll().forAccount(account), false);
        ImportReport binary = imports.importCsv("small.bin", java.util.Arrays.copyOf(garbage, 4096),
                ImportOptions.detectAll().forAccount(account), false);

        assertThat(large.refused()).isTrue();
        assertThat(large.problems()).singleElement().asString().contains("at most " + imports.limits().maxBytes());
        assertThat(binary.problems()).singleElement().asString().contains("not a text (CSV) file");
        assertThat(stored(account)).isEmpty();
    }

    @Test
    void refusesMoreRowsThanAllowed() {
        long account = fixtures.account("0");
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i <= imports.limits().maxRows(); i++) {
            csv.append("2026-01-01,Row ").append(i).append(",-1\n");
        }

        ImportReport report = run(account, csv.toString(), ImportOptions.detectAll(), false);

        assertThat(report.problems()).singleElement().asString()
                .contains("more than " + imports.limits().maxRows() + " data rows");
        assertThat(stored(account)).isEmpty();
    }

    @Test
    void skipsWhatIsAlreadyStoredButKeepsIdenticalRowsOfOneFile() {
        long account = fixtures.account("0");
        String csv = """
                Date,Description,Amount
                2026-10-05,Coffee,-3.20
                2026-10-05,Coffee,-3.20
                2026-10-06,Bread,-2.10
                """;
        assertThat(run(account, csv, ImportOptions.detectAll(), false).imported()).isEqualTo(3);

        String overlapping = csv + "2026-10-07,Milk,-1.05\n2026-10-05,COFFEE,-3.2\n";
        ImportReport again = run(account, overlapping, ImportOptions.detectAll(), false);

        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.imported()).isEqualTo(2);
        assertThat(stored(account)).hasSize(5);
    }

    @Test
    void aStatementOfThisMonthCrossesItsBudgetsThresholdsOnceAndReadsTheSpendingOncePerCategory() throws Exception {
        clock.today(LocalDate.of(2026, 11, 28));
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("100"), false, "2026-11"));
        String shop = "Market " + category;
        rules.create(new RuleRequest(RuleField.ANY, RuleOperator.CONTAINS, shop, category, 1));
        StringBuilder thisMonth = new StringBuilder("Date,Payee,Description,Amount\n");
        StringBuilder lastMonth = new StringBuilder("Date,Payee,Description,Amount\n");
        for (int row = 0; row < ROWS; row++) {
            thisMonth.append("2026-11-").append(String.format("%02d", 1 + row % 28)).append(',').append(shop).append(",Item ").append(row).append(",-1.00\n");
            lastMonth.append("2026-10-").append(String.format("%02d", 1 + row % 28)).append(',').append(shop).append(",Item ").append(row).append(",-1.00\n");
        }
        events.clear();

        long unchecked = SqlStatements.during(entityManagers, () -> run(fixtures.account("0"), lastMonth.toString(), ImportOptions.detectAll(), false));
        long checked = SqlStatements.during(entityManagers, () -> run(fixtures.account("0"), thisMonth.toString(), ImportOptions.detectAll(), false));

        assertThat(events.of(BudgetThresholdCrossed.class)).extracting(BudgetThresholdCrossed::threshold)
                .containsExactlyInAnyOrder(90, 100);
        assertThat(events.of(BudgetThresholdCrossed.class)).allSatisfy(alert -> assertThat(alert.category()).isEqualTo(category));
        // the same statement a month earlier needs no budget check: the difference is the checks' own
        assertThat(checked - unchecked).as("statements of %d rows of this month beyond last month's %d", ROWS, unchecked)
                .isLessThan(20);
    }

    @Test
    void aDryRunPreviewsCategoriesAndWritesNothing() {
        long account = fixtures.account("0");
        String category = fixtures.category();
        String shop = Fixtures.unique("Corner-Shop");
        rules.create(new RuleRequest(RuleField.ANY, RuleOperator.CONTAINS, shop, category, 1));
        String csv = "Date,Payee,Description,Amount\n2026-09-01," + shop + ",Snacks,-5.00\n";

        ImportReport preview = run(account, csv, ImportOptions.detectAll(), true);

        assertThat(preview.committed()).isFalse();
        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(preview.lines().get(0).category()).isEqualTo(category);
        assertThat(stored(account)).isEmpty();

        run(account, csv, ImportOptions.detectAll(), false);
        assertThat(stored(account)).singleElement().extracting(TransactionView::category).isEqualTo(category);
    }

    @Test
    void exportsAFilteredListThatImportsBackUnchanged() throws Exception {
        long source = fixtures.account("0");
        long target = fixtures.account("0");
        fixtures.spend(source, null, "2026-08-01", "-12.34");
        fixtures.spend(source, null, "2026-08-02", "1000");
        fixtures.spend(source, null, "2026-09-15", "-1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(new TransactionFilter(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), source, null, null, null,
                null, null), TransactionSort.DATE, false, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("id,date,account,type,amount,currency,description");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",created_by");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).endsWith(",tester"));
        ImportReport report = imports.importCsv("export.csv", out.toByteArray(), ImportOptions.detectAll().forAccount(target), false);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(stored(target)).extracting(TransactionView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-12.34"), new BigDecimal("1000"));
    }

    @Test
    void keepsTheQuotesOfABanksTextOnlyOurOwnExportLosesThem() {
        long account = fixtures.account("0");
        String statement = """
                Date,Description,Payee,Amount
                2026-10-01,'=Gutschrift,'Sparen,-1.00
                2026-10-02,''-Rabatt,'@Shop,-2.00
                """;

        run(account, statement, ImportOptions.detectAll(), false);

        assertThat(stored(account)).extracting(TransactionView::description).containsExactly("'=Gutschrift", "''-Rabatt");
        assertThat(stored(account)).extracting(TransactionView::payee).containsExactly("'Sparen", "'@Shop");
    }

    private ImportReport run(long account, String csv, ImportOptions options, boolean dryRun) {
        return imports.importCsv("statement.csv", csv.getBytes(StandardCharsets.UTF_8), options.forAccount(account), dryRun);
    }

    private java.util.List<TransactionView> stored(long account) {
        return transactions.page(new TransactionFilter(null, null, account, null, null, null, null, null),
                new PageRequest(0, 100, TransactionSort.DATE, false)).items();
    }
}
