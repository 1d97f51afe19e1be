package org.kiloguardian.security.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Records security events. Each entry commits on its own, so a failed login is recorded even
 * though the attempt itself fails. Entries never hold a password, a token or a session id.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("kilo.audit");

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, String remoteAddress, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actor = truncate(storable(actor), 64);
        event.action = action.code();
        event.target = truncate(storable(target), 200);
        event.remoteAddress = truncate(storable(remoteAddress), 64);
        event.detail = truncate(storable(detail), 500);
        event.persist();
        LOG.infof("%s by %s on %s from %s", event.action, LoggedText.of(actor), LoggedText.of(target), LoggedText.of(remoteAddress));
    }

    @Transactional
    public List<AuditEvent> latest(int limit) {
        return AuditEvent.find("order by occurredAt desc, id desc").page(0, limit).list();
    }

    /** What an outsider typed is recorded as typed, but for NUL, which PostgreSQL cannot store: it is written \u0000. */
    private static String storable(String value) {
        return value == null ? null : value.replace("\u0000", "\\u0000");
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
