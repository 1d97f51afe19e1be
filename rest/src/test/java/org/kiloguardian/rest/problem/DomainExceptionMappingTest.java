package org.kiloguardian.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;

/** Each domain exception becomes the problem body the API has always answered with. */
class DomainExceptionMappingTest {

    private static final String PATH = "/api/financial/goals/7/contributions";

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers(path -> Set.of("GET"));

    @Test
    void notFoundIsA404NamingWhatIsMissing() {
        RestResponse<Problem> response = mappers.notFound(new NotFound("No goal with id 7."), uri());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(
                new Problem("about:blank", "Not Found", 404, "No goal with id 7.", PATH, List.of()));
    }

    @Test
    void conflictIsA409WithTheReason() {
        RestResponse<Problem> response = mappers.conflict(new Conflict("The default account cannot be deleted."), uri());

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
