package org.kiloguardian.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that no record may hold; its message is what the client is told about the field. */
public final class RefusedValue extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    RefusedValue(JsonParser parser, String message, Object value, Class<?> type) {
        super(parser, message, value, type);
    }
}
