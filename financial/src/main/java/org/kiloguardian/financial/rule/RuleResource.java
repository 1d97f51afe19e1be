package org.kiloguardian.financial.rule;

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

@Path("/api/financial/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {

    private final RuleService rules;

    RuleResource(RuleService rules) {
        this.rules = rules;
    }

    @GET
    public List<RuleView> list() {
        return rules.list();
    }

    @GET
    @Path("/{id: \\d+}")
    public RuleView get(@RestPath long id) {
        return rules.get(id);
    }

    @POST
    public RestResponse<RuleView> create(@Valid @NotNull RuleRequest request) {
        RuleView created = rules.create(request);
        return RestResponse.ResponseBuilder.<RuleView>created(URI.create("/api/financial/rules/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public RuleView update(@RestPath long id, @Valid @NotNull RuleRequest request) {
        return rules.update(id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        rules.delete(id);
        return RestResponse.noContent();
    }
}
