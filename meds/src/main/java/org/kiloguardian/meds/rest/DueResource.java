package org.kiloguardian.meds.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kiloguardian.meds.due.DueDose;
import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.meds.due.DueService;
import org.kiloguardian.rest.QueryParameters;

/** Doses due now and overdue today. */
@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    private final DueService due;

    DueResource(DueService due) {
        this.due = due;
    }

    /** {@code ?person=}: a person's id, {@code me} or {@code shared}; absent: everyone's doses. */
    @GET
    @Path("due")
    public List<DueDose> due(@RestQuery String person) {
        return due.dueNow(QueryParameters.person(person, "person"));
    }
}
