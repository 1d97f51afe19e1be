package org.kiloguardian.notifications.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.notifications.outbox.Delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the outbox recorded, read fresh from PostgreSQL. */
@ApplicationScoped
public class Deliveries {

    public List<Delivery> of(String itemKey) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("itemKey = ?1 order by id", itemKey));
    }

    public Delivery only(String itemKey) {
        List<Delivery> found = of(itemKey);
        if (found.size() != 1) {
            throw new AssertionError("expected one delivery of " + itemKey + ", found " + found.size());
        }
        return found.get(0);
    }
}
