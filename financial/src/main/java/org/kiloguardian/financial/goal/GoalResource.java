package org.kiloguardian.financial.goal;

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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/financial/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final GoalService goals;

    GoalResource(GoalService goals) {
        this.goals = goals;
    }

    @GET
    public List<GoalView> list() {
        return goals.list();
    }

    @GET
    @Path("/{id: \\d+}")
    public GoalView get(@RestPath long id) {
        return goals.get(id);
    }

    @POST
    public RestResponse<GoalView> create(@NotNull @Valid GoalRequest request) {
        GoalView created = goals.create(request);
        return RestResponse.ResponseBuilder.<GoalView>created(URI.create("/api/financial/goals/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public GoalView update(@RestPath long id, @NotNull @Valid GoalRequest request) {
        return goals.update(id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        goals.delete(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id: \\d+}/contributions")
    public List<ContributionView> contributions(@RestPath long id) {
        return goals.contributions(id);
    }

    @POST
    @Path("/{id: \\d+}/contributions")
    public RestResponse<ContributionView> contribute(@RestPath long id, @NotNull @Valid ContributionRequest request) {
        ContributionView created = goals.contribute(id, request);
        return RestResponse.ResponseBuilder.<ContributionView>created(
                URI.create("/api/financial/goals/" + id + "/contributions/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id: \\d+}/contributions/{contributionId: \\d+}")
    public RestResponse<Void> deleteContribution(@RestPath long id, @RestPath long contributionId) {
        goals.deleteContribution(id, contributionId);
        return RestResponse.noContent();
    }
}
