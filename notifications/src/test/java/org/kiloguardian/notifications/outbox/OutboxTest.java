package org.kiloguardian.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.notifications.channel.ChannelRequest;
import org.kiloguardian.notifications.channel.ChannelService;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.notifications.message.Kind;
import org.kiloguardian.notifications.message.Message;
import org.kiloguardian.notifications.push.PushSubscription;
import org.kiloguardian.notifications.push.SubscriptionService;
import org.kiloguardian.notifications.push.SubscriptionView;
import org.kiloguardian.notifications.send.DeliverySender;
import org.kiloguardian.notifications.support.BrowserKeys;
import org.kiloguardian.notifications.support.Deliveries;
import org.kiloguardian.testsupport.LocalHttpServer;
import org.kiloguardian.notifications.support.TestHousehold;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Recording, sending once, retrying and giving up, against local HTTP servers playing a push service and ntfy. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    DeliverySender sender;
    @Inject
    SubscriptionService subscriptions;
    @Inject
    ChannelService channels;
    @Inject
    TestHousehold household;
    @Inject
    HouseholdClock clock;
    @Inject
    Deliveries deliveries;

    private final LocalHttpServer push = new LocalHttpServer();
    private final LocalHttpServer ntfy = new LocalHttpServer();

    @AfterEach
    void stop() {
        sender.drain(); // nothing of this test is left for the next one's servers
        push.close();
        ntfy.close();
    }

    private SubscriptionView device(Recipient owner) {
        return subscriptions.subscribe(household.callerOf(owner), BrowserKeys.generate().subscription(push.url("/push/" + UUID.randomUUID())));
    }

    private void ntfyTopic(Recipient person, Recipient setBy, LocalTime quietFrom, LocalTime quietTo) {
        channels.replace(household.callerOf(setBy), person.personId(),
                new ChannelRequest(ntfy.url("/pills-" + person.personId()), null, quietFrom, quietTo, null));
    }

    private static Message doseDue(String key) {
        return new Message(Kind.DOSE_DUE, key, "Time for Metformin", "Time to take Metformin 500 mg (1 tablet) — the 08:00 dose.",
                new Message.Dose(42, Instant.parse("2026-12-04T07:00:00Z")));
    }

    private static String key(String what) {
        return what + ":" + UUID.randomUUID();
    }

    @Test
    void aReminderIsRecordedOncePerTargetAndSentOnceHoweverOftenItIsRecordedAndDrained() {
        Recipient ben = household.person("Ben", false);
        Recipient grandma = household.cared("Grandma", ben);
        SubscriptionView bensPhone = device(ben);
        ntfyTopic(grandma, ben, null, null);
        String key = key("dose-due");

        assertThat(outbox.toRemindersOf(grandma.personId(), doseDue(key))).isEqualTo(new Outbox.Addressed(2, 0));
        assertThat(outbox.toRemindersOf(grandma.personId(), doseDue(key))).isEqualTo(new Outbox.Addressed(0, 0));
        sender.drain();
        sender.drain();

        assertThat(push.requests).hasSize(1);
        assertThat(push.requests.get(0).path()).startsWith("/push/");
        assertThat(ntfy.requests).hasSize(1);
        assertThat(deliveries.of(key)).extracting(delivery -> delivery.status).containsOnly(DeliveryStatus.SENT);
        assertThat(deliveries.of(key)).extracting(delivery -> delivery.target).containsExactlyInAnyOrder(bensPhone.id(), grandma.personId());
    }

    @Test
    void aDeliveryClaimedByAProcessThatDiedIsSentAfterTheClaimTimeoutAndASentOneNeverAgain() {
        Recipient anna = household.person("Anna", false);
        SubscriptionView phone = device(anna);
        String key = key("low-stock");
        // what a sender leaves behind when the process dies after claiming, before the push service answered
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery claimed = new Delivery();
            claimed.itemKey = key;
            claimed.kind = Kind.LOW_STOCK;
            claimed.channel = ChannelKind.WEB_PUSH;
            claimed.target = phone.id();
            claimed.personId = anna.personId();
            claimed.title = "Refill due";
            claimed.body = "Iron runs low.";
            claimed.status = DeliveryStatus.SENDING;
            claimed.attempts = 1;
            claimed.createdAt = clock.instant();
            claimed.nextAttemptAt = clock.instant().plus(Duration.ofMinutes(2));
            claimed.persist();
        });

        sender.drain();
        assertThat(push.requests).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        sender.drain();
        clock.advance(Duration.ofHours(1));
        sender.drain();
        // recorded again, as a restarted reminder job would: nothing new
        assertThat(outbox.toRemindersOf(anna.personId(), Message.of(Kind.LOW_STOCK, key, "Refill due", "Iron runs low.")).queued()).isZero();
        sender.drain();

        assertThat(push.requests).hasSize(1);
        assertThat(deliveries.only(key).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(deliveries.only(key).attempts).isEqualTo(2);
    }

    @Test
    void tooManyRequestsAndServerErrorsAreTriedAgainWithBackoffHonouringRetryAfter() {
        Recipient anna = household.person("Anna", false);
        device(anna);
        push.answer(429, Map.of("Retry-After", "120"));
        push.answer(503, Map.of());
        String key = key("dose-missed");
        outbox.toRemindersOf(anna.personId(), Message.of(Kind.DOSE_MISSED, key, "Missed", "The 08:00 dose was not taken."));
        Instant start = clock.instant();

        sender.drain();
        Delivery first = deliveries.only(key);
        assertThat(first.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.lastStatus).isEqualTo(429);
        assertThat(first.nextAttemptAt).isEqualTo(start.plusSeconds(120)); // longer than the first backoff (30 s): the server's word
        clock.advance(Duration.ofSeconds(119));
        sender.drain();
        assertThat(push.requests).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        sender.drain();
        Delivery second = deliveries.only(key);
        assertThat(second.lastStatus).isEqualTo(503);
        assertThat(second.nextAttemptAt).isEqualTo(clock.instant().plusSeconds(60)); // 30 s doubled for the second failure

        clock.advance(Duration.ofSeconds(60));
        sender.drain();
        assertThat(push.requests).hasSize(3);
        assertThat(deliveries.only(key).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(deliveries.only(key).attempts).isEqualTo(3);
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterTheLastTry() {
        Recipient anna = household.person("Anna", false);
        device(anna);
        for (int i = 0; i < 4; i++) {
            push.answer(500, Map.of());
        }
        String key = key("bill");
        outbox.toPerson(anna, Message.of(Kind.TEST, key, "Test", "Test"));
        for (int i = 0; i < 6; i++) {
            sender.drain();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(push.requests).hasSize(4);
        assertThat(deliveries.only(key).status).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void aRefusalThatRetryingCannotMendFailsAtOnce() {
        Recipient anna = household.person("Anna", false);
        ntfyTopic(anna, anna, null, null);
        ntfy.answer(400, Map.of());
        String key = key("test");
        outbox.toPerson(anna, Message.of(Kind.TEST, key, "Test", "Test"));
        sender.drain();
        clock.advance(Duration.ofHours(1));
        sender.drain();
        assertThat(ntfy.requests).hasSize(1);
        assertThat(deliveries.only(key).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(deliveries.only(key).lastError).contains("HTTP 400");
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsRemoved() {
        Recipient anna = household.person("Anna", false);
        SubscriptionView gone = device(anna);
        SubscriptionView unknown = device(anna);
        push.answer(410, Map.of());
        push.answer(404, Map.of());
        String key = key("test");
        outbox.toPerson(anna, Message.of(Kind.TEST, key, "Test", "Test"));

        sender.drain();

        assertThat(deliveries.of(key)).extracting(delivery -> delivery.status).containsOnly(DeliveryStatus.GONE);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PushSubscription.<PushSubscription>findByIdOptional(gone.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PushSubscription.<PushSubscription>findByIdOptional(unknown.id()))).isEmpty();
        assertThat(outbox.toPerson(anna, Message.of(Kind.TEST, key("test"), "Test", "Test")).queued()).isZero();
    }

    @Test
    void quietHoursHoldBackEverythingButMissedDoses() {
        Recipient anna = household.person("Anna", false);
        device(anna);
        ntfyTopic(anna, anna, LocalTime.of(22, 0), LocalTime.of(7, 0));
        clock.set(LocalDateTime.of(2026, 12, 4, 23, 30));
        String due = key("dose-due");
        String missed = key("dose-missed");

        assertThat(outbox.toRemindersOf(anna.personId(), doseDue(due))).isEqualTo(new Outbox.Addressed(0, 2));
        assertThat(outbox.toRemindersOf(anna.personId(), Message.of(Kind.DOSE_MISSED, missed, "Missed", "Not taken.")))
                .isEqualTo(new Outbox.Addressed(2, 0));
        sender.drain();
        clock.set(LocalDateTime.of(2026, 12, 5, 8, 0));
        sender.drain();

        assertThat(deliveries.of(due)).extracting(delivery -> delivery.status).containsOnly(DeliveryStatus.QUIET);
        assertThat(deliveries.of(missed)).extracting(delivery -> delivery.status).containsOnly(DeliveryStatus.SENT);
        assertThat(push.requests).hasSize(1);
        assertThat(ntfy.requests).hasSize(1);
    }

    @Test
    void billsAndBudgetsGoToTheAdminsAndWhoeverOptsIn() {
        Recipient admin = household.person("Admin", true);
        Recipient member = household.person("Member", false);
        Recipient saver = household.person("Saver", false);
        Recipient quietAdmin = household.person("Quiet admin", true);
        device(admin);
        device(member);
        device(saver);
        device(quietAdmin);
        channels.replace(household.callerOf(saver), saver.personId(), new ChannelRequest(null, null, null, null, true));
        channels.replace(household.callerOf(quietAdmin), quietAdmin.personId(), new ChannelRequest(null, null, null, null, false));
        String key = key("budget");

        outbox.toFinanceWatchers(Message.of(Kind.BUDGET, key, "Budget at 90 %: Groceries", "Groceries: 91 % spent."));

        assertThat(deliveries.of(key)).extracting(delivery -> delivery.personId)
                .contains(admin.personId(), saver.personId())
                .doesNotContain(member.personId(), quietAdmin.personId());
    }
}
