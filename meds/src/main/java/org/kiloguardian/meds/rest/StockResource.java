package org.kiloguardian.meds.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.meds.stock.RefillNeeded;
import org.kiloguardian.meds.stock.RefillRequest;
import org.kiloguardian.meds.stock.RefillService;
import org.kiloguardian.meds.stock.RefillView;

/** Refills and the refill-needed list. */
@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    private final RefillService refills;

    StockResource(RefillService refills) {
        this.refills = refills;
    }

    @POST
    @Path("/{id: \\d+}/refills")
    public RestResponse<RefillView> refill(@RestPath long id, @Valid @NotNull RefillRequest request) {
        RefillView refill = refills.refill(id, request);
        return RestResponse.ResponseBuilder.<RefillView>created(URI.create("/api/meds/" + id + "/refills")).entity(refill).build();
    }

    @GET
    @Path("/{id: \\d+}/refills")
    public List<RefillView> history(@RestPath long id) {
        return refills.history(id);
    }

    @GET
    @Path("refills-needed")
    public List<RefillNeeded> needed() {
        return refills.needed();
    }
}
