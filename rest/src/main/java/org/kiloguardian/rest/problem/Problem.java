package org.kiloguardian.rest.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code errors} is this product's extension member: one entry
 * per bad field, so a client can put each message beside the field it concerns.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of());
    }

    public static Problem invalid(String detail, String instance, List<FieldError> errors) {
        return new Problem("about:blank", "Bad Request", 400, detail, instance, errors);
    }
}
