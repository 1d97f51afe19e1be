package org.kiloguardian.people.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.people.login.Logins;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;

/** The household's people (docs/people.md). A thin layer over {@link PersonService}. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService people;
    private final Logins logins;

    PersonResource(PersonService people, Logins logins) {
        this.people = people;
        this.logins = logins;
    }

    @GET
    public List<PersonView> list(@RestQuery String active) {
        return people.list(QueryParameters.yesOrNo(active, "active"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<PersonView> create(PersonRequest request, UriInfo uri) {
        PersonView created = people.create(editor(), request);
        URI location = uri.getBaseUriBuilder().path(PersonResource.class).path(String.valueOf(created.id())).build();
        return RestResponse.ResponseBuilder.<PersonView>created(location).entity(created).build();
    }

    /** The caller's own person; 404 for a caller without one (a login removed meanwhile). */
    @GET
    @Path("me")
    public PersonView me() {
        return logins.caller().flatMap(people::forLogin)
                .orElseThrow(() -> new NotFound("The caller has no person in the household."));
    }

    @GET
    @Path("/{id: \\d+}")
    public PersonView get(@RestPath long id) {
        return people.get(id);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public PersonView patch(@RestPath long id, JsonNode patch) {
        return people.patch(editor(), id, patch);
    }

    /** 204; 409 for a person who owns habits or medications or uses a login (deactivate them instead). */
    @DELETE
    @Path("/{id: \\d+}")
    public void delete(@RestPath long id) {
        people.delete(editor(), id);
    }

    private Editor editor() {
        return new Editor(logins.caller().orElse(null), logins.callerIsAdmin());
    }
}
