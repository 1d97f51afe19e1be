package org.kiloguardian.meds.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.DoseSlots;
import org.kiloguardian.meds.dose.DoseView;
import org.kiloguardian.meds.dose.SkipRequest;
import org.kiloguardian.meds.dose.SnoozeRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.dose.TakeResult;
import org.kiloguardian.meds.dose.UndoResult;
import org.kiloguardian.rest.QueryParameters;

/** Doses: take, skip, snooze, undo, and the dose log. */
@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoseResource {

    private final DoseService doses;
    private final DoseSlots slots;

    DoseResource(DoseService doses, DoseSlots slots) {
        this.doses = doses;
        this.slots = slots;
    }

    /** The body is optional: without it the open dose nearest to now is taken (see {@link BodylessPosts}). */
    @POST
    @Path("/{id: \\d+}/take")
    public TakeResult take(@RestPath long id, @Valid TakeRequest request) {
        return doses.take(id, request);
    }

    /** The old server's path for taking a dose. */
    @POST
    @Path("take/{id: \\d+}")
    public TakeResult takeAlias(@RestPath long id, @Valid TakeRequest request) {
        return doses.take(id, request);
    }

    @POST
    @Path("/{id: \\d+}/skip")
    public DoseView skip(@RestPath long id, @Valid SkipRequest request) {
        return doses.skip(id, request);
    }

    @POST
    @Path("/{id: \\d+}/snooze")
    public DoseView snooze(@RestPath long id, @Valid @NotNull SnoozeRequest request) {
        return doses.snooze(id, request);
    }

    /** Household days from {@code from} to {@code to} (both included); the last 7 days by default. */
    @GET
    @Path("/{id: \\d+}/doses")
    public List<DoseView> log(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        LocalDate until = QueryParameters.date(to, "to");
        LocalDate since = QueryParameters.date(from, "from");
        LocalDate last = until != null ? until : slots.today();
        LocalDate first = since != null ? since : last.minusDays(6);
        return doses.log(id, first, last);
    }

    /** Undo a dose recorded today: the stock it used comes back. */
    @DELETE
    @Path("/{id: \\d+}/doses/{doseId: \\d+}")
    public UndoResult undo(@RestPath long id, @RestPath long doseId) {
        return doses.undo(id, doseId);
    }
}
