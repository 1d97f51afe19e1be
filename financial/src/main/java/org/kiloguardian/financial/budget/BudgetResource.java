package org.kiloguardian.financial.budget;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
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
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;

@Path("/api/financial/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final BudgetService budgets;
    private final BudgetStatusService status;
    private final Clock clock;

    BudgetResource(BudgetService budgets, BudgetStatusService status, Clock clock) {
        this.budgets = budgets;
        this.status = status;
        this.clock = clock;
    }

    @GET
    public List<BudgetView> list() {
        return budgets.list();
    }

    /** Every budget's status in {@code month} (YYYY-MM), this month by default. */
    @GET
    @Path("/status")
    public List<BudgetStatus> status(@RestQuery @Formatted(TextFormat.MONTH) String month) {
        YearMonth wanted = TextFormat.month(month);
        return status.statusFor(wanted == null ? YearMonth.now(clock) : wanted);
    }

    @GET
    @Path("/{id: \\d+}")
    public BudgetView get(@RestPath long id) {
        return budgets.get(id);
    }

    @POST
    public RestResponse<BudgetView> create(@Valid @NotNull BudgetRequest request) {
        BudgetView created = budgets.create(request);
        return RestResponse.ResponseBuilder.<BudgetView>created(URI.create("/api/financial/budgets/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public BudgetView update(@RestPath long id, @Valid @NotNull BudgetRequest request) {
        return budgets.update(id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        budgets.delete(id);
        return RestResponse.noContent();
    }
}
