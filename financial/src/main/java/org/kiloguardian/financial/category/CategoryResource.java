package org.kiloguardian.financial.category;

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

@Path("/api/financial/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final CategoryService categories;

    CategoryResource(CategoryService categories) {
        this.categories = categories;
    }

    @GET
    public List<CategoryView> list() {
        return categories.list();
    }

    @GET
    @Path("/{id: \\d+}")
    public CategoryView get(@RestPath long id) {
        return categories.get(id);
    }

    @POST
    public RestResponse<CategoryView> create(@Valid @NotNull CategoryRequest request) {
        CategoryView created = categories.create(request);
        return RestResponse.ResponseBuilder.<CategoryView>created(URI.create("/api/financial/categories/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}")
    public CategoryView rename(@RestPath long id, @Valid @NotNull CategoryRequest request) {
        return categories.rename(id, request);
    }

    @DELETE
    @Path("/{id: \\d+}")
    public RestResponse<Void> delete(@RestPath long id) {
        categories.delete(id);
        return RestResponse.noContent();
    }
}
