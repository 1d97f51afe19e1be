package org.kiloguardian.financial.transaction;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/financial/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionResource {

    private final TransactionService transactions;

    TransactionResource(TransactionService transactions) {
        this.transactions = transactions;
    }

    /** One page; the total is in the body and in {@code X-Total-Count}. */
    @GET
    public RestResponse<TransactionPage> list(@Valid @BeanParam TransactionListParams params) {
        TransactionPage page = transactions.page(params.toFilter(), params.toPageRequest());
        return RestResponse.ResponseBuilder.ok(page).header("X-Total-Count", page.total()).build();
    }

    /** Recorded as entered by the caller (their username). */
    @POST
    public RestResponse<TransactionView> create(@NotNull @Valid TransactionRequest request, @Context SecurityContext caller) {
        TransactionView created = transactions.create(request, caller.getUserPrincipal().getName());
        return RestResponse.ResponseBuilder.<TransactionView>created(URI.create("/api/financial/transactions/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id: \\d+}")
    public TransactionView get(@RestPath long id) {
        return transactions.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    public TransactionView replace(@RestPath long id, @NotNull @Valid TransactionRequest request) {
        return transactions.update(id, request);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public TransactionView patch(@RestPath long id, @NotNull JsonNode patch) {
        return transactions.patch(id, patch);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        transactions.delete(id);
        return RestResponse.noContent();
    }

    /** Deletes every listed transaction or, when one is unknown (404), none. */
    @POST
    @Path("/bulk-delete")
    public BulkDeleteResult deleteAll(@NotNull @Valid BulkDeleteRequest request) {
        return new BulkDeleteResult(transactions.deleteAll(request.ids()));
    }
}
