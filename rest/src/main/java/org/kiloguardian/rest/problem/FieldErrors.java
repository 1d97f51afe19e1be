package org.kiloguardian.rest.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Names the field behind a validation or JSON error the way the client wrote it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    static List<Problem.FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    static boolean concernReturnValue(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().anyMatch(violation -> StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
    }

    /** "create.habit.name" means field "name": the method and parameter nodes say nothing to the client. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<Path.Node> fields = nodes.stream()
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
                        && node.getKind() != ElementKind.PARAMETER && node.getKind() != ElementKind.RETURN_VALUE)
                .toList();
        if (fields.isEmpty()) {
            return nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1).getName();
        }
        StringBuilder name = new StringBuilder();
        for (Path.Node node : fields) {
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                name.append(name.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    /** "schedule.times", "caregiverUserIds[1]": a JSON error's place in the body, as the client wrote it. */
    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                name.append(name.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
