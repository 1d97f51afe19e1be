package org.kiloguardian.financial.csv;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.kiloguardian.financial.transaction.TransactionFilterParams;

/** {@code GET /api/financial/transactions/export}: every transaction the same filters select, as CSV. */
@Path("/api/financial/transactions/export")
public class TransactionExportResource {

    static final String TEXT_CSV = "text/csv";

    private final TransactionCsvExporter exporter;

    TransactionExportResource(TransactionCsvExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Produces(TEXT_CSV)
    public Response export(@Valid @BeanParam TransactionFilterParams params) {
        StreamingOutput body = out -> exporter.write(params.toFilter(), params.sortOrDefault(), params.descending(), out);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transactions.csv\"")
                .build();
    }
}
