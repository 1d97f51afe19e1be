package org.kiloguardian.rest.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Text a PostgreSQL text column holds as sent, checked as it is read: no NUL character (U+0000),
 * which PostgreSQL refuses (a 500 before), and no half of a surrogate pair ("\ud800"), which the
 * driver stored as "?" without a word.
 */
final class StorableText extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    static final String NUL = "must not contain the NUL character (U+0000)";
    static final String UNPAIRED_SURROGATE = "must be valid Unicode text (it holds half of a surrogate pair)";

    StorableText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String problem = text == null ? null : problemWith(text);
        if (problem != null) {
            throw new RefusedValue(parser, problem, text, String.class);
        }
        return text;
    }

    private static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return NUL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return UNPAIRED_SURROGATE;
            }
        }
        return null;
    }
}
