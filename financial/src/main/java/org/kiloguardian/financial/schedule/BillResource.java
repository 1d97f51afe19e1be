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

@Path("/api/financial/bills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillResource {

    private final ScheduleService schedules;

    BillResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    public List<ScheduleView> list() {
        return schedules.list(ScheduleKind.BILL);
    }

    /** Unpaid and coming due dates up to {@code days} (default 14) days ahead, oldest first. */
    @GET
    @Path("/upcoming")
    public List<UpcomingBill> upcoming(@RestQuery String days) {
        return schedules.upcoming(DaysParam.read(days));
    }

    @GET
    @Path("/{id: \\d+}")
    public ScheduleView get(@RestPath long id) {
        return schedules.get(ScheduleKind.BILL, id);
    }

    @GET
    @Path("/{id: \\d+}/history")
    public List<OccurrenceView> history(@RestPath long id) {
        return schedules.history(ScheduleKind.BILL, id);
    }

    @POST
    public RestResponse<ScheduleView> create(@NotNull @Valid ScheduleRequest request) {
        ScheduleView created = schedules.create(ScheduleKind.BILL, request);
        return RestResponse.ResponseBuilder.<ScheduleView>created(URI.create("/api/financial/bills/" + created.id()))
                .entity(created).build();
    }

    /** Pays the given (or the oldest unpaid, or the next) due date; the body is optional. */
    @POST
    @Path("/{id: \\d+}/pay")
    public OccurrenceView pay(@RestPath long id, @Valid PayRequest request) {
        return schedules.pay(id, request);
    }

    @PUT
    @Path("/{id: \\d+}")
    public ScheduleView update(@RestPath long id, @NotNull @Valid ScheduleRequest request) {
        return schedules.update(ScheduleKind.BILL, id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        schedules.delete(ScheduleKind.BILL, id);
        return RestResponse.noContent();
    }
}
