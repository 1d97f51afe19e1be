package org.kiloguardian.financial.alert;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which alerts went out. {@link #firstTime} claims an alert inside the caller's
 * transaction: if that transaction rolls back, so does the claim, and the alert can go out later.
 */
@ApplicationScoped
public class AlertLedger {

    /** For the native INSERT … ON CONFLICT that records an alert once; Panache has no upsert. */
    private final EntityManager em;
    private final Clock clock;

    AlertLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** True exactly once per (kind, subject, period), however often and from wherever it is asked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String kind, long subjectId, String period) {
        int inserted = em.createNativeQuery("""
                insert into financial.sent_alert (kind, subject_id, period, sent_at) values (?1, ?2, ?3, ?4)
                on conflict (kind, subject_id, period) do nothing
                """)
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, period)
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }

    /** Makes the alert due again: the next {@link #firstTime} for it is true once more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String kind, long subjectId, String period) {
        em.createNativeQuery("delete from financial.sent_alert where kind = ?1 and subject_id = ?2 and period = ?3")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, period)
                .executeUpdate();
    }
}
