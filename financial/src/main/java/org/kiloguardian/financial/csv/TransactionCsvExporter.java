package org.kiloguardian.financial.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSort;

/**
 * Writes a filtered transaction list as CSV (comma, '.' decimals, ISO dates, UTF-8), in a shape
 * this module's own import reads back without options. Every text cell goes through
 * {@link FormulaEscape}, so no spreadsheet runs a formula someone typed into a description.
 */
@ApplicationScoped
public class TransactionCsvExporter {

    static final String[] HEADER = { "id", "date", "account", "type", "amount", "currency", "description", "payee",
            "category", "tags", "notes", "source", "reference", "created_by" };

    private final TransactionService transactions;
    private final HouseholdCurrency currency;

    TransactionCsvExporter(TransactionService transactions, HouseholdCurrency currency) {
        this.transactions = transactions;
        this.currency = currency;
    }

    public void write(TransactionFilter filter, TransactionSort sort, boolean descending, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        try {
            transactions.forEach(filter, sort, descending, t -> {
                try {
                    // id, date and amount are written by us and stay numbers; every other cell is text
                    printer.printRecord(t.id(), t.date(), text(t.account()), text(t.type().wireName()),
                            t.amount().toPlainString(), text(currency.code()), text(t.description()), text(t.payee()),
                            text(t.category()), text(String.join("|", t.tags())), text(t.notes()),
                            text(t.source().wireName()), text(t.bankReference()), text(t.createdBy()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** Whether a file's header row is the one this exporter writes: then its text cells are escaped. */
    static boolean writesHeader(List<String> header) {
        if (header == null || header.size() != HEADER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (!HEADER[i].equalsIgnoreCase(header.get(i).trim())) {
                return false;
            }
        }
        return true;
    }

    private static String text(String value) {
        return FormulaEscape.escape(value);
    }
}
