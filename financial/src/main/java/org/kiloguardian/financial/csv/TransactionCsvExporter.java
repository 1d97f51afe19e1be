package org.kiloguardian.financial.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionQueries;
import org.kiloguardian.financial.transaction.TransactionSort;

/**
 * Writes a filtered transaction list as CSV (comma, '.' decimals, ISO dates, UTF-8), in a shape
 * this module's own import reads back without options.
 */
@ApplicationScoped
public class TransactionCsvExporter {

    static final String[] HEADER = { "id", "date", "account", "type", "amount", "currency", "description", "payee",
            "category", "tags", "notes", "source", "reference", "created_by" };

    private final TransactionQueries queries;
    private final HouseholdCurrency currency;

    TransactionCsvExporter(TransactionQueries queries, HouseholdCurrency currency) {
        this.queries = queries;
        this.currency = currency;
    }

    public void write(TransactionFilter filter, TransactionSort sort, boolean descending, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        try {
            queries.forEach(filter, sort, descending, t -> {
                try {
                    printer.printRecord(t.id(), t.date(), t.account(), t.type().wireName(), t.amount().toPlainString(),
                            currency.code(), t.description(), t.payee(), t.category(), String.join("|", t.tags()),
                            t.notes(), t.source().wireName(), t.bankReference(), t.createdBy());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
