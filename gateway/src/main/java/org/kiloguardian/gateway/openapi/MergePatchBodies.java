package org.kiloguardian.gateway.openapi;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * A PATCH takes a JSON merge patch (RFC 7396; docs/api.md, "Changing part of a record"), which the
 * resources read as Jackson's JsonNode. Left alone, the API description gave that body JsonNode's
 * getters ({@code empty}, {@code valueNode}, {@code nodeType}, ...) as its fields. Each patch body is
 * described as an object of the record's fields instead, named after the body its PUT (or its
 * collection's POST) takes.
 */
public class MergePatchBodies implements OASFilter {

    static final String JSON_NODE = "JsonNode";
    private static final String JSON_NODE_REF = "#/components/schemas/" + JSON_NODE;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation patch = item.getPATCH();
            if (patch == null || patch.getRequestBody() == null || patch.getRequestBody().getContent() == null) {
                return;
            }
            String record = recordBody(openAPI, path, item).orElse("the record");
            patch.getRequestBody().getContent().getMediaTypes().values().stream()
                    .filter(media -> media.getSchema() != null && JSON_NODE_REF.equals(media.getSchema().getRef()))
                    .forEach(media -> media.setSchema(OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.OBJECT))
                            .description("A JSON merge patch (RFC 7396) of " + record + ": only the fields present change, "
                                    + "null clears one; the result is validated like a PUT.")));
        });
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema(JSON_NODE); // nothing refers to it any more
        }
    }

    /** "HabitRequest": the schema the PUT of the same path takes, else the POST of its collection. */
    private static Optional<String> recordBody(OpenAPI openAPI, String path, PathItem item) {
        Optional<String> put = schemaName(item.getPUT());
        if (put.isPresent()) {
            return put;
        }
        PathItem collection = openAPI.getPaths().getPathItem(path.substring(0, path.lastIndexOf('/')));
        return collection == null ? Optional.empty() : schemaName(collection.getPOST());
    }

    private static Optional<String> schemaName(Operation operation) {
        return Optional.ofNullable(operation).map(Operation::getRequestBody).map(RequestBody::getContent)
                .map(content -> content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON))
                .map(MediaType::getSchema).map(Schema::getRef)
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1));
    }
}
