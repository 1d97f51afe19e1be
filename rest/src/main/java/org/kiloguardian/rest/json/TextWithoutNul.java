package org.kiloguardian.rest.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/** Text with the NUL character (U+0000), which PostgreSQL cannot store in a text column, is refused as it is read. */
final class TextWithoutNul extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    TextWithoutNul() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new RefusedValue(parser, MESSAGE, text, String.class);
        }
        return text;
    }
}
