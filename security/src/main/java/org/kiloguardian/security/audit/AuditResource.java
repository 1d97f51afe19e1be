package org.kiloguardian.security.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.rest.QueryParameters;
import org.kiloguardian.security.user.Role;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    public record Entry(Long id, Instant occurredAt, String actor, String action, String target, String remoteAddress, String detail) {
        static Entry of(AuditEvent event) {
            return new Entry(event.id, event.occurredAt, event.actor, event.action, event.target, event.remoteAddress, event.detail);
        }
    }

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public List<Entry> latest(@RestQuery String limit) {
        return audit.latest(Objects.requireNonNullElse(QueryParameters.wholeNumber(limit, "limit", 1, 1000), 100)).stream().map(Entry::of).toList();
    }
}
