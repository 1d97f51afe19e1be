package org.kiloguardian.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.Gone;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.rest.error.TooManyRequests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;

/**
 * Shows a service's refusal where it belongs: each Bean Validation violation next to the field it
 * names (the last node of its property path, e.g. {@code create.request.name} -> {@code name}),
 * anything else (a domain rule, a conflict) as a notice.
 */
public class FieldErrors {

    /** A field's own check failed without a message of its own (Vaadin's default bad-input message is empty). */
    static final String UNREADABLE = "cannot be read, or is out of range: check what was typed";

    static final String NUL_CHARACTER = "must not contain the NUL character (U+0000)";

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Runs a service call; true when it succeeded, false when its errors are now on screen. */
    public boolean attempt(Runnable call) {
        clear();
        if (!everyFieldReadWhatWasTyped()) {
            return false;
        }
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            show(e);
            return false;
        }
    }

    /**
     * A field that cannot read what was typed ("31/02/2026", a five-digit year, "1o0") holds no value,
     * and a service takes no value for its default: the transaction was saved dated today. Each field's
     * own check (its parser, its min and max) is asked first, and nothing is sent while one fails; so is
     * text with NUL, which PostgreSQL cannot store. An empty required field is left to the service,
     * which names it.
     */
    private boolean everyFieldReadWhatWasTyped() {
        boolean read = true;
        for (HasValidation field : fields.values()) {
            if (field instanceof Component component && !component.isVisible()) {
                continue; // a field the form hides for this choice (a habit's "Times" on a daily schedule) is not sent
            }
            ValidationResult own = ownCheck(field);
            boolean requiredAndEmpty = field instanceof HasValue<?, ?> valued && valued.isEmpty() && valued.isRequiredIndicatorVisible();
            if (own.isError() && !requiredAndEmpty) {
                field.setErrorMessage(own.getErrorMessage() == null || own.getErrorMessage().isBlank()
                        ? UNREADABLE : own.getErrorMessage());
                field.setInvalid(true);
                read = false;
            } else if (field instanceof HasValue<?, ?> valued && valued.getValue() instanceof String text && text.indexOf('\u0000') >= 0) {
                // pasted text may carry it; PostgreSQL cannot store it (the API refuses it the same way)
                field.setErrorMessage(NUL_CHARACTER);
                field.setInvalid(true);
                read = false;
            }
        }
        return read;
    }

    @SuppressWarnings("unchecked")
    private static ValidationResult ownCheck(HasValidation field) {
        if (field instanceof HasValidator<?> checked && field instanceof HasValue<?, ?> valued && field instanceof Component component) {
            return ((Validator<Object>) checked.getDefaultValidator()).apply(valued.getValue(), new ValueContext(component, valued));
        }
        return ValidationResult.ok();
    }

    public void show(RuntimeException failure) {
        ConstraintViolationException violations = find(failure, ConstraintViolationException.class);
        if (violations != null) {
            StringBuilder unplaced = new StringBuilder();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                HasValidation field = fieldFor(violation.getPropertyPath().toString());
                if (field != null) {
                    field.setErrorMessage(violation.getMessage());
                    field.setInvalid(true);
                } else {
                    unplaced.append(unplaced.isEmpty() ? "" : "; ").append(lastNode(violation.getPropertyPath().toString()))
                            .append(": ").append(violation.getMessage());
                }
            }
            if (!unplaced.isEmpty()) {
                Notices.error(unplaced.toString());
            }
            return;
        }
        InvalidInput invalid = find(failure, InvalidInput.class);
        if (invalid != null) {
            showInvalid(invalid);
            return;
        }
        Conflict conflict = find(failure, Conflict.class);
        if (conflict != null) {
            Notices.error(conflict.getMessage());
            return;
        }
        RuntimeException missing = find(failure, NotFound.class);
        if (missing == null) {
            // JPA's own, for a row that went away between two reads
            missing = find(failure, EntityNotFoundException.class);
        }
        if (missing != null) {
            Notices.error(missing.getMessage() + " It may have just been removed elsewhere.");
            return;
        }
        // not allowed (a wrong current password, say), throttled, expired: the reason is the whole message
        for (Class<? extends RuntimeException> refusal : List.of(Forbidden.class, TooManyRequests.class, Gone.class)) {
            RuntimeException refused = find(failure, refusal);
            if (refused != null) {
                Notices.error(refused.getMessage());
                return;
            }
        }
        throw failure;
    }

    /** A field the form shows gets its message beside it; the rest of the refusal is a notice. */
    private void showInvalid(InvalidInput invalid) {
        Map<String, String> errors = invalid.fieldErrors();
        boolean placed = !errors.isEmpty();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field == null) {
                placed = false;
            } else {
                field.setErrorMessage(error.getValue());
                field.setInvalid(true);
            }
        }
        if (!placed) {
            Notices.error(invalid.getMessage());
        }
    }

    private HasValidation fieldFor(String path) {
        // the longest bound suffix wins: "schedule.times" before "times"
        HasValidation best = null;
        int bestLength = -1;
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            String key = entry.getKey();
            if ((path.equals(key) || path.endsWith("." + key) || path.contains("." + key + "[") || path.contains("." + key + "."))
                    && key.length() > bestLength) {
                best = entry.getValue();
                bestLength = key.length();
            }
        }
        return best;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
