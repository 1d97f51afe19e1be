package org.kiloguardian.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.Gone;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.rest.error.NotLoggedIn;
import org.kiloguardian.rest.error.TooManyRequests;

/** Each domain exception becomes the problem body the API has always answered with. */
class DomainExceptionMappingTest {

    private static final String PATH = "/api/financial/goals/7/contributions";

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers(path -> Set.of("GET"));

    @Test
    void aValidatorThatFailedIsA500ProblemAndA503WhenTheDatabaseIsDown() {
        RestResponse<?> failed = mappers.validatorFailed(
                new ValidationException("HV000028: Unexpected exception during isValid call.", new IllegalStateException()), uri(),
                null, null);
        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(failed.getEntity()).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.detail()).startsWith("Something went wrong on the server."));

        RestResponse<?> databaseDown = mappers.validatorFailed(new ValidationException("HV000028",
                new SQLTransientConnectionException("Connection refused", "08001")), uri(), null, null);
        assertThat(databaseDown.getStatus()).isEqualTo(503);
    }

    @Test
    void notFoundIsA404NamingWhatIsMissing() {
        RestResponse<Problem> response = mappers.refused(new NotFound("No goal with id 7."), uri());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(
                new Problem("about:blank", "Not Found", 404, "No goal with id 7.", PATH, List.of()));
    }

    @Test
    void conflictIsA409WithTheReason() {
        RestResponse<Problem> response = mappers.refused(new Conflict("The default account cannot be deleted."), uri());

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getEntity().title()).isEqualTo("Conflict");
        assertThat(response.getEntity().detail()).isEqualTo("The default account cannot be deleted.");
        assertThat(response.getEntity().instance()).isEqualTo(PATH);
        assertThat(response.getEntity().errors()).isEmpty();
    }

    @Test
    void invalidInputIsA400NamingTheField() {
        RestResponse<Problem> response = mappers.invalidInput(new InvalidInput("amount", "must not be zero."), uri());

        assertThat(response.getStatus()).isEqualTo(400);
        Problem problem = response.getEntity();
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.detail()).isEqualTo("amount: must not be zero.");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("amount", "must not be zero."));
    }

    @Test
    void invalidInputWithoutAFieldListsNone() {
        RestResponse<Problem> response = mappers.invalidInput(new InvalidInput("A merge patch must be a JSON object."), uri());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity().detail()).isEqualTo("A merge patch must be a JSON object.");
        assertThat(response.getEntity().errors()).isEmpty();
    }

    @Test
    void forbiddenIsA403WithTheReason() {
        RestResponse<Problem> response = mappers.refused(new Forbidden("The current password is not correct."), uri());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(response.getEntity()).isEqualTo(
                new Problem("about:blank", "Forbidden", 403, "The current password is not correct.", PATH, List.of()));
    }

    @Test
    void goneIsA410WithTheReason() {
        RestResponse<Problem> response = mappers.refused(new Gone("This notification's buttons expired."), uri());

        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(
                new Problem("about:blank", "Gone", 410, "This notification's buttons expired.", PATH, List.of()));
    }

    @Test
    void tooManyRequestsIsA429ThatSaysHowLongToWait() {
        RestResponse<Problem> response = mappers.tooManyRequests(
                new TooManyRequests("Too many failed attempts: try again in 42 s", 42), uri());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem("about:blank", "Too Many Requests", 429,
                "Too many failed attempts: try again in 42 s", PATH, List.of()));
    }

    @Test
    void notLoggedInIsA401WithTheReason() {
        RestResponse<Problem> response = mappers.refused(new NotLoggedIn("The login behind this request no longer exists."), uri());

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).as("the challenge a 401 must carry").isEqualTo("Bearer realm=\"kilo-guardian\"");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem("about:blank", "Unauthorized", 401,
                "The login behind this request no longer exists.", PATH, List.of()));
    }

    @Test
    void aWrappedThrottleKeepsItsRetryAfter() {
        RuntimeException wrapped = new IllegalStateException("a layer on the way", new TooManyRequests("Wait.", 7));

        RestResponse<?> response = mappers.anythingElse(wrapped, uri(), null, null);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
        assertThat(((Problem) response.getEntity()).detail()).isEqualTo("Wait.");
    }

    @Test
    void wrappedForbiddenAndGoneAnswerAsIfTheyCameStraight() {
        assertThat(mappers.anythingElse(new IllegalStateException(new Forbidden("No.")), uri(), null, null).getStatus()).isEqualTo(403);
        assertThat(mappers.anythingElse(new IllegalStateException(new Gone("Expired.")), uri(), null, null).getStatus()).isEqualTo(410);
        assertThat(mappers.anythingElse(new IllegalStateException(new NotLoggedIn("Who?")), uri(), null, null).getStatus()).isEqualTo(401);
    }

    @Test
    void aBadQueryParameterIsNamedInTheFieldList() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> QueryParameters.wholeNumber("all", "limit", 1, 1000));

        Problem problem = mappers.invalidInput(refused, uri()).getEntity();

        assertThat(problem.detail()).isEqualTo("limit: must be a whole number from 1 to 1000, not \"all\".");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("limit");
    }

    @Test
    void aWrappedDomainExceptionAnswersAsIfItCameStraight() {
        RuntimeException wrapped = new IllegalStateException("a layer on the way", new InvalidInput("amount", "must not be zero."));

        RestResponse<?> response = mappers.anythingElse(wrapped, uri(), null, null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).errors()).containsExactly(new Problem.FieldError("amount", "must not be zero."));
    }

    /** Only the request's path is read, so a proxy stands in for the container's UriInfo. */
    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return URI.create("http://localhost" + PATH);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
