package org.kiloguardian.financial.account;

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

@Path("/api/financial/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;

    AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("/{id: \\d+}")
    public AccountView get(@RestPath long id) {
        return accounts.get(id);
    }

    @POST
    public RestResponse<AccountView> create(@Valid @NotNull AccountRequest request) {
        AccountView created = accounts.create(request);
        return RestResponse.ResponseBuilder.<AccountView>created(URI.create("/api/financial/accounts/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public AccountView update(@RestPath long id, @Valid @NotNull AccountRequest request) {
        return accounts.update(id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        accounts.delete(id);
        return RestResponse.noContent();
    }
}
