package org.kiloguardian.financial.schedule;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Recurring transactions: booked by themselves on each due date. */
@Path("/api/financial/recurring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecurringResource {

    private final ScheduleService schedules;

    RecurringResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    public List<ScheduleView> list() {
        return schedules.list(ScheduleKind.RECURRING);
    }

    /** Due dates up to {@code days} (default 14) days ahead, soonest first. */
    @GET
    @Path("/upcoming")
    public List<UpcomingRecurring> upcoming(
            @RestQuery String days) {
        return schedules.upcomingRecurring(DaysParam.read(days));
    }

    @GET
    @Path("/{id: \\d+}")
    public ScheduleView get(@RestPath long id) {
        return schedules.get(ScheduleKind.RECURRING, id);
    }

    @GET
    @Path("/{id: \\d+}/history")
    public List<OccurrenceView> history(@RestPath long id) {
        return schedules.history(ScheduleKind.RECURRING, id);
    }

    @POST
    public RestResponse<ScheduleView> create(@NotNull @Valid ScheduleRequest request) {
        ScheduleView created = schedules.create(ScheduleKind.RECURRING, request);
        return RestResponse.ResponseBuilder.<ScheduleView>created(URI.create("/api/financial/recurring/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public ScheduleView update(@RestPath long id, @NotNull @Valid ScheduleRequest request) {
        return schedules.update(ScheduleKind.RECURRING, id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        schedules.delete(ScheduleKind.RECURRING, id);
        return RestResponse.noContent();
    }
}
