package org.kiloguardian.notifications.outbox;

import java.time.Clock;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.notifications.message.Kind;
import org.kiloguardian.notifications.message.Message;
import org.kiloguardian.rest.error.Conflict;

/** "Send a test": one message to the caller's own devices and their person's ntfy topic, quiet hours or not. */
@ApplicationScoped
public class TestMessages {

    private final Outbox outbox;
    private final Clock clock;

    TestMessages(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many channels it went to: 0 when the caller has no device and no topic yet */
    @Transactional
    public int sendTo(@NotNull Caller caller) {
        if (caller.personId() == null) {
            throw new Conflict("This login has no person in the household to send to.");
        }
        Message test = Message.of(Kind.TEST, "test:" + UUID.randomUUID(), "Kilo Guardian test",
                "Reminders reach this device. Sent at " + LocalTime.now(clock).withNano(0) + ".");
        return outbox.toPerson(new Recipient(caller.personId(), null, caller.userId(),
                caller.admin()), test).queued();
    }
}
