package org.kiloguardian.rest.json;

import java.io.IOException;
import java.time.LocalDate;

import org.kiloguardian.rest.StorableDates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * A date as Jackson's own reader reads it (with a field's {@code @JsonFormat}, if any), refused when
 * no record could hold it ({@link StorableDates}).
 */
final class StorableDateDeserializer extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<LocalDate> reader;

    StorableDateDeserializer() {
        this(LocalDateDeserializer.INSTANCE);
    }

    private StorableDateDeserializer(JsonDeserializer<LocalDate> reader) {
        super(LocalDate.class);
        this.reader = reader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = reader instanceof ContextualDeserializer c ? c.createContextual(context, property) : reader;
        return contextual == reader ? this : new StorableDateDeserializer((JsonDeserializer<LocalDate>) contextual);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date = reader.deserialize(parser, context);
        if (date != null && !StorableDates.holds(date)) {
            throw new RefusedValue(parser, StorableDates.MESSAGE, date, LocalDate.class);
        }
        return date;
    }
}
