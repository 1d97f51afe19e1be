package org.kiloguardian.security.token;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.web.CurrentActor;
import org.kiloguardian.security.login.HouseholdIdentity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Personal API tokens. Creating one needs the user's own credentials — the UI's session, or HTTP
 * Basic on this endpoint only — never another token, so a leaked token cannot mint more.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenResource {

    private final TokenService tokens;
    private final SecurityIdentity identity;
    private final CurrentActor actor;

    TokenResource(TokenService tokens, SecurityIdentity identity, CurrentActor actor) {
        this.tokens = tokens;
        this.identity = identity;
        this.actor = actor;
    }

    @POST
    public RestResponse<IssuedToken> create(@Valid @NotNull NewToken request) {
        if (HouseholdIdentity.tokenId(identity).isPresent()) {
            throw new Forbidden("A token cannot create tokens: log in or use HTTP Basic with your password.");
        }
        IssuedToken issued = tokens.issue(identity.getPrincipal().getName(), request, actor.get());
        return RestResponse.ResponseBuilder.<IssuedToken>created(URI.create("/api/tokens/" + issued.id()))
                .entity(issued)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    public List<TokenView> list(@RestQuery("all") String everyone) {
        boolean all = Boolean.TRUE.equals(QueryParameters.yesOrNo(everyone, "all"));
        if (all && !identity.hasRole(Role.ADMIN_NAME)) {
            throw new Forbidden("Only an admin lists everyone's tokens.");
        }
        return tokens.list(identity.getPrincipal().getName(), all);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> revoke(@RestPath long id) {
        Role role = identity.hasRole(Role.ADMIN_NAME) ? Role.ADMIN : Role.MEMBER;
        tokens.revoke(id, identity.getPrincipal().getName(), role, actor.get());
        return RestResponse.noContent();
    }
}
