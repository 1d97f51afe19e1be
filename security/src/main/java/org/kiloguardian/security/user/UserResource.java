package org.kiloguardian.security.user;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.web.CurrentActor;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.NotFound;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Household users. Admins manage everyone; every user reads themself and changes their own password. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    private final UserService accounts;
    private final SecurityIdentity identity;
    private final CurrentActor actor;

    UserResource(UserService accounts, SecurityIdentity identity, CurrentActor actor) {
        this.accounts = accounts;
        this.identity = identity;
        this.actor = actor;
    }

    @GET
    public List<UserView> list() {
        return accounts.list();
    }

    @POST
    public RestResponse<UserView> create(@Valid @NotNull NewUser account) {
        refuseTokens("Users are created");
        UserView created = accounts.create(account, actor.get());
        return RestResponse.ResponseBuilder.<UserView>created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @GET
    @Path("me")
    @Authenticated
    public UserView me() {
        return accounts.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new NotFound("The logged-in user no longer exists."));
    }

    @PUT
    @Path("me/password")
    @Authenticated
    public RestResponse<Void> changeOwnPassword(@Valid @NotNull PasswordChange change) {
        refuseTokens("Passwords are changed");
        accounts.changeOwnPassword(identity.getPrincipal().getName(), change, actor.get());
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id: \\d+}")
    public UserView get(@RestPath long id) {
        return accounts.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    public UserView replace(@RestPath long id, @Valid @NotNull UserChanges changes) {
        refuseTokensFor(changes);
        return accounts.update(id, changes, actor.get());
    }

    @PATCH
    @Path("/{id: \\d+}")
    public UserView patch(@RestPath long id, @Valid @NotNull UserChanges changes) {
        refuseTokensFor(changes);
        return accounts.update(id, changes, actor.get());
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        accounts.delete(id, actor.get());
        return RestResponse.noContent();
    }

    private void refuseTokensFor(UserChanges changes) {
        if (changes.password() != null || changes.role() != null) {
            refuseTokens("Passwords and roles are changed");
        }
    }

    /**
     * A token is a script's credential, easy to leak and never proof of the person: what would hand
     * over an account needs the browser, where the user logged in with their password.
     */
    private void refuseTokens(String what) {
        if (HouseholdIdentity.tokenId(identity).isPresent()) {
            throw new Forbidden(what + " in the browser, logged in with a password: an API token cannot do it.");
        }
    }
}
