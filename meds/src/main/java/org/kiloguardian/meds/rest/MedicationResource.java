package org.kiloguardian.meds.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.meds.medication.MedicationRequest;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

/** Medications: list, add, read, replace, patch and delete. */
@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MedicationResource {

    private final MedicationService medications;

    MedicationResource(MedicationService medications) {
        this.medications = medications;
    }

    /**
     * @param active true for active medications only, false for archived ones, absent for all
     * @param person a person's id, {@code me} or {@code shared}; absent for everyone's
     */
    @GET
    public List<MedicationView> list(@RestQuery String active, @RestQuery String person) {
        return medications.list(QueryParameters.yesOrNo(active, "active"), QueryParameters.person(person, "person"));
    }

    @POST
    public RestResponse<MedicationView> create(@Valid @NotNull MedicationRequest request) {
        MedicationView created = medications.create(request);
        return RestResponse.ResponseBuilder.<MedicationView>created(URI.create("/api/meds/" + created.id())).entity(created).build();
    }

    /** The old dashboard's path for adding a medication. */
    @POST
    @Path("add")
    public RestResponse<MedicationView> add(@Valid @NotNull MedicationRequest request) {
        return create(request);
    }

    @GET
    @Path("/{id: \\d+}")
    public MedicationView get(@RestPath long id) {
        return medications.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    public MedicationView replace(@RestPath long id, @Valid @NotNull MedicationRequest request) {
        return medications.replace(id, request);
    }

    /** A JSON merge patch: only the fields sent change; null resets a field to its default. */
    @PATCH
    @Path("/{id: \\d+}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public MedicationView patch(@RestPath long id, @NotNull JsonNode patch) {
        return medications.patch(id, patch);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        medications.delete(id);
        return RestResponse.noContent();
    }
}
