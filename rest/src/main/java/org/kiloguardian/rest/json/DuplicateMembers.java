package org.kiloguardian.rest.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.kiloguardian.rest.problem.FieldErrors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON object that gives one member twice is refused. RFC 8259 leaves its meaning open (parsers
 * take the first, the last, or refuse), so a proxy, a log or a script could read one value while the
 * server stored the other; Jackson took the last without a word. The refusal names the member the
 * way the client wrote it ({@code schedule.type}, {@code items[0].amount}).
 */
@Singleton
public class DuplicateMembers implements ObjectMapperCustomizer {

    /** What the client is told about the member. */
    public static final String MESSAGE = "is given more than once: give each member once";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * The member a parse failure found twice, if that is what it found. Jackson says so only in its
     * message ("Duplicate field 'x'"), raised with the parser standing on that member.
     */
    public static Optional<String> givenTwiceIn(JsonProcessingException failure) {
        if (!(failure.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return Optional.empty();
        }
        JsonStreamContext context = parser.getParsingContext();
        String member = context.getCurrentName();
        if (!context.inObject() || member == null || !("Duplicate field '" + member + "'").equals(failure.getOriginalMessage())) {
            return Optional.empty();
        }
        return Optional.of(pathOf(context));
    }

    /** Outermost first, in the notation of every other field error. */
    private static String pathOf(JsonStreamContext innermost) {
        Deque<JsonMappingException.Reference> steps = new ArrayDeque<>();
        for (JsonStreamContext context = innermost; context != null && !context.inRoot(); context = context.getParent()) {
            steps.push(context.inArray() ? new JsonMappingException.Reference(null, context.getCurrentIndex())
                    : new JsonMappingException.Reference(null, context.getCurrentName()));
        }
        return FieldErrors.jsonPath(List.copyOf(steps));
    }
}
