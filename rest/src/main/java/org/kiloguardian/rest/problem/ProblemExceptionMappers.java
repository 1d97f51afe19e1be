package org.kiloguardian.rest.problem;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotLoggedIn;
import org.kiloguardian.rest.error.Refusal;
import org.kiloguardian.rest.error.TooManyRequests;
import org.kiloguardian.rest.json.DuplicateMembers;
import org.kiloguardian.rest.json.RefusedValue;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;

/**
 * The one error mapping of the whole application: every failure of a REST call becomes an
 * RFC 9457 problem body, and no response ever carries a stack trace. Failures of the security layer
 * arrive here too, whatever the path (a session checked against a stopped database on a UI page).
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final AllowedMethods routes;

    ProblemExceptionMappers(AllowedMethods routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameters(ResteasyReactiveViolationException e, UriInfo uri) {
        // a resource that returns an invalid value is our bug, not the client's
        if (FieldErrors.concernReturnValue(e.getConstraintViolations())) {
            return unexpected(e, uri);
        }
        return invalidBean(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidBean(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = FieldErrors.of(e.getConstraintViolations());
        return respond(Problem.invalid("The request has invalid fields.", path(uri), errors));
    }

    /**
     * A validator that failed instead of judging (its lookup met a database that is down, say). Quarkus'
     * own mapper answered it with a 500 that was no problem body; it goes the way of any other failure.
     */
    @ServerExceptionMapper
    public RestResponse<?> validatorFailed(ValidationException e, UriInfo uri, HttpHeaders headers, Request request) {
        return anythingElse(e, uri, headers, request);
    }

    /** 404, 409, 401, 403, 410: the status's own title, the refusal's message as the detail. */
    @ServerExceptionMapper
    public RestResponse<Problem> refused(Refusal e, UriInfo uri) {
        int status = e.status();
        Problem problem = Problem.of(status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), path(uri));
        if (e instanceof NotLoggedIn) {
            return problemResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, NotLoggedIn.CHALLENGE).build();
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> tooManyRequests(TooManyRequests e, UriInfo uri) {
        return problemResponse(Problem.of(429, "Too Many Requests", e.getMessage(), path(uri)))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInput e, UriInfo uri) {
        List<Problem.FieldError> errors = e.fieldErrors().entrySet().stream()
                .map(error -> new Problem.FieldError(error.getKey(), error.getValue()))
                .toList();
        return respond(Problem.invalid(e.getMessage(), path(uri), errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableField(MismatchedInputException e, UriInfo uri) {
        String field = FieldErrors.jsonPath(e.getPath());
        String message = e instanceof RefusedValue ? e.getOriginalMessage() : "has a value of the wrong type or format";
        return respond(Problem.invalid("The request body could not be read.", path(uri),
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonProcessingException e, UriInfo uri) {
        var givenTwice = DuplicateMembers.givenTwiceIn(e);
        if (givenTwice.isPresent()) {
            return respond(Problem.invalid("The request body could not be read.", path(uri),
                    List.of(new Problem.FieldError(givenTwice.get(), DuplicateMembers.MESSAGE))));
        }
        return respond(Problem.invalid("The request body is not valid JSON.", path(uri),
                List.of(new Problem.FieldError("body", "is not valid JSON"))));
    }

    @ServerExceptionMapper
    public RestResponse<?> httpError(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        // REST wraps some body-reading failures in a plain 400: name the field all the same
        if (e.getCause() instanceof MismatchedInputException unreadable) {
            return unreadableField(unreadable, uri);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return DatabaseUnavailable.isCauseOf(e) ? unavailable(e, uri, headers, request) : unexpected(e, uri);
        }
        RestResponse.ResponseBuilder<Problem> response =
                problemResponse(Problem.of(status, original.getStatusInfo().getReasonPhrase(), e.getMessage(), path(uri)));
        String retryAfter = original.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            // REST itself sends no Allow header with its 405; RFC 9110 requires one
            response.header(HttpHeaders.ALLOW, String.join(", ", routes.allowedMethods(uri.getPath())));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<?> anythingElse(Exception e, UriInfo uri, HttpHeaders headers, Request request) {
        // before the conflicts: a lost connection fails a transaction, and that is no conflict
        if (DatabaseUnavailable.isCauseOf(e)) {
            return unavailable(e, uri, headers, request);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // a domain exception wrapped by some layer on its way up answers as if it came straight
            if (cause instanceof Refusal refusal) {
                return refused(refusal, uri);
            }
            if (cause instanceof InvalidInput invalid) {
                return invalidInput(invalid, uri);
            }
            if (cause instanceof TooManyRequests throttled) {
                return tooManyRequests(throttled, uri);
            }
            if (cause instanceof EntityNotFoundException) {
                return respond(Problem.of(404, "Not Found", cause.getMessage(), path(uri)));
            }
            if (isConflict(cause)) {
                return respond(Problem.of(409, "Conflict",
                        "The change conflicts with the current state of the data; reload and try again.", path(uri)));
            }
        }
        return unexpected(e, uri);
    }

    private static boolean isConflict(Throwable cause) {
        return cause instanceof EntityExistsException
                || cause instanceof OptimisticLockException
                || cause instanceof PessimisticLockException
                || cause instanceof org.hibernate.exception.ConstraintViolationException;
    }

    /** The database is stopped, restarting or unreachable: 503, retry soon; no stack trace, it is nobody's bug. */
    private static RestResponse<?> unavailable(Throwable e, UriInfo uri, HttpHeaders headers, Request request) {
        LOG.warnf("Database unavailable on %s: %s", path(uri), rootMessage(e));
        return DatabaseUnavailableAnswer.to(headers, request == null ? null : request.getMethod(), path(uri));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return respond(Problem.of(500, "Internal Server Error",
                "Something went wrong on the server. Reference: " + reference, path(uri)));
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return problemResponse(problem).build();
    }

    /** A problem body with its status and media type, for a caller to add headers to. */
    private static RestResponse.ResponseBuilder<Problem> problemResponse(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
