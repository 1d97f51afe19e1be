package org.kiloguardian.habits.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.completion.DayState;
import org.kiloguardian.habits.completion.SkipRequest;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.stats.HabitStats;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.habits.stats.HistoryDay;
import org.kiloguardian.habits.today.TodayEntry;
import org.kiloguardian.habits.today.TodayService;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The habits API. A thin layer: validation, rules and events live in the services, which the UI
 * calls directly. Errors become problem bodies in the gateway. See docs/habits.md.
 */
@Path("/api/habits")
@Produces(MediaType.APPLICATION_JSON)
public class HabitResource {

    private final HabitService habits;
    private final CompletionService completions;
    private final HabitStatsService stats;
    private final TodayService today;

    HabitResource(HabitService habits, CompletionService completions, HabitStatsService stats, TodayService today) {
        this.habits = habits;
        this.completions = completions;
        this.stats = stats;
        this.today = today;
    }

    /** {@code ?person=}: a person's id, {@code me} or {@code shared}; absent: everyone's. */
    @GET
    public List<HabitView> list(@RestQuery String active, @RestQuery String person) {
        return habits.list(QueryParameters.yesOrNo(active, "active"), QueryParameters.person(person, "person"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<HabitView> create(HabitRequest request, UriInfo uri) {
        HabitView created = habits.create(request);
        URI location = uri.getBaseUriBuilder().path(HabitResource.class).path(String.valueOf(created.id())).build();
        return RestResponse.ResponseBuilder.<HabitView>created(location).entity(created).build();
    }

    @GET
    @Path("today")
    public List<TodayEntry> today(@RestQuery String person) {
        return today.today(QueryParameters.person(person, "person"));
    }

    /** Streaks and rates of every active habit, or of one person's ({@code ?person=}). */
    @GET
    @Path("stats")
    public List<HabitStats> allStats(@RestQuery String person) {
        return stats.stats(QueryParameters.person(person, "person"));
    }

    @GET
    @Path("/{id: \\d+}")
    public HabitView get(@RestPath long id) {
        return habits.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HabitView replace(@RestPath long id, HabitRequest request) {
        return habits.replace(id, request);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public HabitView patch(@RestPath long id, JsonNode patch) {
        return habits.patch(id, patch);
    }

    /** Archives the habit; {@code ?purge=true} deletes it with its whole history. */
    @DELETE
    @Path("/{id: \\d+}")
    public void delete(@RestPath long id, @RestQuery String purge) {
        if (Boolean.TRUE.equals(QueryParameters.yesOrNo(purge, "purge"))) {
            habits.purge(id);
        } else {
            habits.archive(id);
        }
    }

    @POST
    @Path("/{id: \\d+}/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    public DayState complete(@RestPath long id, CompletionRequest request) {
        return completions.complete(id, request);
    }

    /** The same without a JSON body (a bare POST, as the old clients send): today, once. */
    @POST
    @Path("/{id: \\d+}/completions")
    @Consumes(MediaType.WILDCARD)
    public DayState completeToday(@RestPath long id) {
        return completions.complete(id, CompletionRequest.TODAY_ONCE);
    }

    /** The old system's route, kept for its clients: completes today once. */
    @POST
    @Path("complete/{id: \\d+}")
    public DayState completeAlias(@RestPath long id) {
        return completions.complete(id, CompletionRequest.TODAY_ONCE);
    }

    @DELETE
    @Path("/{id: \\d+}/completions/{date}")
    public DayState undo(@RestPath long id, @RestPath String date) {
        return completions.undo(id, QueryParameters.date(date, "date"));
    }

    @POST
    @Path("/{id: \\d+}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    public DayState skip(@RestPath long id, SkipRequest request) {
        return completions.skip(id, request);
    }

    /** The same without a JSON body: skips today. */
    @POST
    @Path("/{id: \\d+}/skip")
    @Consumes(MediaType.WILDCARD)
    public DayState skipToday(@RestPath long id) {
        return completions.skip(id, SkipRequest.TODAY);
    }

    @GET
    @Path("/{id: \\d+}/history")
    public List<HistoryDay> history(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        return stats.history(id, QueryParameters.date(from, "from"), QueryParameters.date(to, "to"));
    }

    @GET
    @Path("/{id: \\d+}/stats")
    public HabitStats stats(@RestPath long id) {
        return stats.stats(id);
    }
}
