package org.kiloguardian.financial.csv;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.rest.problem.Problem;

/**
 * {@code POST /api/financial/imports}: 200 with the report when the file was imported (or, with
 * {@code dryRun=true}, would be); 422 with a problem body and the report when any row is unreadable
 * (nothing is imported); 413 when the file is larger than allowed.
 */
@Path(ImportResource.PATH)
public class ImportResource {

    /** The one API endpoint that takes bodies above the gateway's 1 MB limit (up to its own file limit). */
    public static final String PATH = "/api/financial/imports";

    private final CsvImportService imports;

    ImportResource(CsvImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Object> importCsv(@NotNull @Valid ImportForm form,
            @RestQuery @Pattern(regexp = "true|false", message = "must be true or false") String dryRun,
            UriInfo uri) throws IOException {
        boolean preview = "true".equals(dryRun);
        String fileName = form.file.fileName();
        long size = Files.size(form.file.uploadedFile());
        ImportReport report = size > imports.limits().maxBytes()
                ? ImportReport.refused(fileName, preview, imports.tooLarge(size))
                : imports.importCsv(fileName, Files.readAllBytes(form.file.uploadedFile()), form.toOptions(), preview);
        if (!report.refused()) {
            return RestResponse.ok(report);
        }
        int status = size > imports.limits().maxBytes() ? Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode() : 422;
        String title = status == 422 ? "Unprocessable Content" : "Content Too Large";
        return RestResponse.ResponseBuilder.<Object>create(status)
                .entity(ImportProblem.of(status, title, report, uri.getRequestUri().getRawPath()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
