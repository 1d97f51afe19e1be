package org.kiloguardian.financial.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.alert.AlertChecks;
import org.kiloguardian.financial.category.Category;
import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.rule.RuleSet;
import org.kiloguardian.financial.transaction.Booking;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSource;

/**
 * Imports a bank's CSV statement into one account, all or nothing: one unreadable row refuses
 * the whole file, and nothing is written. Rows already stored are reported and skipped.
 */
@ApplicationScoped
public class CsvImportService {

    /**
     * Rows booked between two clears of the persistence context. Any query on the way flushes, and a
     * flush dirty-checks every entity the context holds: with all of a statement's rows in it, the
     * import grew with the square of its rows. It also keeps 20,000 rows out of the heap.
     */
    private static final int ROWS_PER_CLEAR = 500;

    /** For DuplicateFinder's projections of existing transactions: Panache queries return entities. */
    private final EntityManager em;
    private final AccountService accounts;
    private final TransactionService transactions;
    private final RuleService rules;
    private final ImportLimits limits;
    private final AlertChecks alertChecks;

    CsvImportService(EntityManager em, AccountService accounts, TransactionService transactions, RuleService rules,
            ImportLimits limits, AlertChecks alertChecks) {
        this.em = em;
        this.alertChecks = alertChecks;
        this.accounts = accounts;
        this.transactions = transactions;
        this.rules = rules;
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    @Transactional
    public ImportReport importCsv(String fileName, byte[] content, ImportOptions options, boolean dryRun) {
        if (content.length > limits.maxBytes()) {
            return ImportReport.refused(fileName, dryRun, tooLarge(content.length));
        }
        Optional<String> decoded = CsvText.decode(content);
        if (decoded.isEmpty()) {
            return ImportReport.refused(fileName, dryRun, "The file is not a text (CSV) file: it holds binary data.");
        }
        String text = decoded.get();
        Layout layout;
        List<CsvRow> rows;
        try {
            if (text.isBlank()) {
                throw new UnreadableFile("The file is empty.");
            }
            char delimiter = options.delimiter() != null ? options.delimiter() : CsvRows.detectDelimiter(text);
            // a header and one data row more than allowed are enough to tell a file is too long
            rows = new ArrayList<>(CsvRows.read(text, delimiter, limits.maxRows() + 2));
            layout = LayoutDetector.detect(rows, delimiter, options);
            if (rows.size() > limits.maxRows()) {
                throw new UnreadableFile("The file has more than " + limits.maxRows()
                        + " data rows (kilo.financial.import.max-rows); split it into smaller files.");
            }
        } catch (UnreadableFile e) {
            return ImportReport.refused(fileName, dryRun, e.getMessage());
        }

        Account account = options.accountId() == null ? accounts.defaultAccount() : accounts.find(options.accountId());
        RowReader reader = new RowReader(layout);
        List<ParsedRow> parsed = rows.stream().map(reader::read).toList();
        DuplicateFinder duplicates = new DuplicateFinder(em, account, parsed);
        RuleSet ruleSet = rules.ruleSet();
        // once per file, not per row: a query per row made Hibernate flush and dirty-check every row
        // booked so far, and a 10,000-row statement ran past the transaction timeout
        Category fallback = Category.findFallback();

        List<ImportLine> lines = new ArrayList<>();
        List<Booking> fresh = new ArrayList<>();
        int rejected = 0;
        int duplicateCount = 0;
        for (ParsedRow row : parsed) {
            if (!row.readable()) {
                rejected++;
                lines.add(new ImportLine(row.line(), RowStatus.REJECTED, row.problem(), null, null, null, null, null, null));
                continue;
            }
            RowStatus status = duplicates.isDuplicate(row) ? RowStatus.DUPLICATE : RowStatus.NEW;
            Category category = ruleSet.categorise(row.payee(), row.description()).orElse(fallback);
            if (status == RowStatus.DUPLICATE) {
                duplicateCount++;
            } else {
                fresh.add(new Booking(account, row.date(), row.amount(), row.description(), row.payee(), category,
                        List.of(), null, TransactionSource.IMPORT, row.reference()));
            }
            lines.add(new ImportLine(row.line(), status,
                    status == RowStatus.DUPLICATE ? "already stored in this account" : null,
                    row.date(), row.amount(), row.description(), row.payee(), category.name, row.reference()));
        }

        boolean commit = rejected == 0 && !dryRun;
        if (commit) {
            alertChecks.atTheEnd(() -> book(fresh, ruleSet));
        }
        List<String> problems = rejected == 0 ? List.of()
                : List.of(rejected + " of " + parsed.size() + " rows could not be read; nothing was imported.");
        return new ImportReport(fileName, dryRun, commit, account.id, account.name, layout.describe(), parsed.size(),
                fresh.size(), commit ? fresh.size() : 0, duplicateCount, rejected, problems, lines);
    }

    private int book(List<Booking> fresh, RuleSet ruleSet) {
        int booked = 0;
        for (Booking booking : fresh) {
            transactions.book(booking, ruleSet);
            if (++booked % ROWS_PER_CLEAR == 0) {
                em.flush();
                em.clear(); // the bookings' account and categories are only referred to, never changed
            }
        }
        return booked;
    }

    public String tooLarge(long size) {
        return "The file has " + size + " bytes; at most " + limits.maxBytes()
                + " are accepted (kilo.financial.import.max-file-size). Nothing was imported.";
    }
}
