package org.kiloguardian.gateway.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.exception.JDBCConnectionException;

/** Test-only endpoints that fail in each way the problem mapping must handle. */
@Path("/api/test-fixtures/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemFixtureResource {

    public record Line(@NotBlank String label, @NotNull @Positive BigDecimal amount) {
    }

    public record Order(@NotBlank String name, @Min(1) int quantity, List<@Valid Line> lines) {
    }

    @POST
    @Path("orders")
    public Order create(@Valid @NotNull Order order) {
        return order;
    }

    @GET
    @Path("missing")
    public String missing() {
        throw new EntityNotFoundException("Order 42 does not exist");
    }

    @GET
    @Path("conflict")
    public String conflict() {
        throw new OptimisticLockException("row was updated by another transaction");
    }

    @GET
    @Path("crash")
    public String crash() {
        throw new IllegalStateException("internal secret: connection string postgres://kilo:hunter2@db");
    }

    /** A check that looks its value up, as {@code @KnownAccount} does; here the database it asks is down. */
    @Documented
    @Constraint(validatedBy = LookedUpValidator.class)
    @Target({ FIELD, PARAMETER })
    @Retention(RUNTIME)
    public @interface LookedUp {

        String message() default "is not known";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class LookedUpValidator implements ConstraintValidator<LookedUp, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            throw refusedConnection();
        }
    }

    public record Lookup(@LookedUp String account) {
    }

    /** Bean Validation wraps the validator's failure in a plain ValidationException, not a violation. */
    @POST
    @Path("lookups")
    public Lookup lookUp(@Valid @NotNull Lookup lookup) {
        return lookup;
    }

    /** A real refused connection, wrapped the way Hibernate reports it. */
    @GET
    @Path("database-down")
    public String databaseDown() throws IOException {
        throw refusedConnection();
    }

    private static JDBCConnectionException refusedConnection() {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + closedPort + "/kilo", new Properties());
            throw new IllegalStateException("a closed port accepted a connection");
        } catch (SQLException refused) {
            return new JDBCConnectionException("Unable to acquire JDBC Connection", refused);
        }
    }

    @POST
    @Path("database-down")
    public String postWhileDatabaseDown() throws IOException {
        return databaseDown();
    }
}
