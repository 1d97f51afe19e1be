package org.kiloguardian.rest.patch;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.json.RefusedValue;
import org.kiloguardian.rest.problem.FieldErrors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON Merge Patch, the one way every PATCH of the API changes a record: members of the
 * patch replace those of the record, {@code null} removes one (back to its default), objects merge
 * member by member, and the merged request is validated like a PUT. Jackson has no merge patch of
 * its own and the algorithm is a dozen lines, so a library (and a second JSON stack) would cost
 * more than it saves. Not a bean: this module has no beans.xml (gateway's application.properties
 * says why), so each service makes its own from the mapper and validator it is given.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The record's request with {@code patch} merged in, valid. A patch that is no JSON object, or a
     * member of the wrong type, is an {@link InvalidInput} naming it (the UI calls this too, not
     * only REST); a merged request that breaks a constraint is a {@link ConstraintViolationException}.
     */
    public <T> T applyTo(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("A merge patch must be a JSON object.");
        }
        T merged;
        try {
            merged = json.treeToValue(apply(json.valueToTree(current), patch), type);
        } catch (MismatchedInputException e) {
            String field = FieldErrors.jsonPath(e.getPath());
            String message = e instanceof RefusedValue ? e.getOriginalMessage() + "." : "has a value of the wrong type or format.";
            throw new InvalidInput(field.isEmpty() ? "body" : field, message, e);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("The merge patch does not make a valid record: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
