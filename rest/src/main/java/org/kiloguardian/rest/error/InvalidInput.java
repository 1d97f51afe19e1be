package org.kiloguardian.rest.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request itself is wrong: answered 400. When one field is to blame the detail reads
 * "field: message", as every module wrote it by hand before, and the problem's field list names it.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    /** No single field is to blame (a patch that is no JSON object, say). */
    public InvalidInput(String detail) {
        this(detail, Map.of(), null);
    }

    public InvalidInput(String detail, Throwable cause) {
        this(detail, Map.of(), cause);
    }

    public InvalidInput(String field, String message) {
        this(field, message, null);
    }

    public InvalidInput(String field, String message, Throwable cause) {
        this(field + ": " + message, Map.of(field, message), cause);
    }

    private InvalidInput(String detail, Map<String, String> fieldErrors, Throwable cause) {
        super(detail, cause);
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    /** Field name → what is wrong with it, in the order given; empty when the request as a whole is wrong. */
    public Map<String, String> fieldErrors() {
        return Collections.unmodifiableMap(fieldErrors);
    }
}
