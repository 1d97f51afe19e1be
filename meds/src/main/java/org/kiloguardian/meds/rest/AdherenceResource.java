package org.kiloguardian.meds.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.meds.adherence.AdherenceReport;
import org.kiloguardian.meds.adherence.AdherenceService;
import org.kiloguardian.rest.QueryParameters;

/** Adherence over 7, 30 and 90 days with a per-day history of {@code days} days (default 30). */
@Path("/api/meds")
@Produces(MediaType.APPLICATION_JSON)
public class AdherenceResource {

    private static final int DEFAULT_DAYS = 30;

    private final AdherenceService adherence;

    AdherenceResource(AdherenceService adherence) {
        this.adherence = adherence;
    }

    /** {@code ?person=}: over one person's medications, the caller's ({@code me}) or the shared ones; absent: all. */
    @GET
    @Path("adherence")
    public AdherenceReport adherence(@RestQuery String days, @RestQuery String person) {
        Integer given = QueryParameters.wholeNumber(days, "days");
        return adherence.report(given != null ? given : DEFAULT_DAYS, QueryParameters.person(person, "person"));
    }
}
