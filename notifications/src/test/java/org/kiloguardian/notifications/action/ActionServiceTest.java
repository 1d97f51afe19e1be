package org.kiloguardian.notifications.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.notifications.channel.ChannelRequest;
import org.kiloguardian.notifications.channel.ChannelService;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.notifications.message.Kind;
import org.kiloguardian.notifications.message.Message;
import org.kiloguardian.notifications.outbox.Outbox;
import org.kiloguardian.notifications.send.DeliverySender;
import org.kiloguardian.testsupport.LocalHttpServer;
import org.kiloguardian.notifications.support.TestDoseActions;
import org.kiloguardian.notifications.support.TestHousehold;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Gone;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.testsupport.HouseholdClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A dose-due message carries "Taken" and "Snooze": read here from the ntfy message as the phone gets
 * it, then pressed. Each token works once, for its dose only, for 12 hours, and is kept as a digest.
 */
@QuarkusTest
class ActionServiceTest {

    private static final Instant EIGHT = Instant.parse("2026-12-04T07:00:00Z");

    @Inject
    Outbox outbox;
    @Inject
    DeliverySender sender;
    @Inject
    ChannelService channels;
    @Inject
    ActionService actions;
    @Inject
    TestHousehold household;
    @Inject
    TestDoseActions doses;
    @Inject
    HouseholdClock clock;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    private final LocalHttpServer ntfy = new LocalHttpServer();

    @AfterEach
    void stop() {
        ntfy.close();
        doses.settledMedication = null;
    }

    /** Sends a dose-due message to Grandma's ntfy topic and returns the two buttons' URLs, as the ntfy app would post them. */
    private List<String> buttons(long medicationId) throws Exception {
        Recipient grandma = household.person("Grandma", false);
        channels.replace(household.callerOf(grandma), grandma.personId(),
                new ChannelRequest(ntfy.url("/grandma-" + grandma.personId()), null, null, null, null));
        int before = ntfy.requests.size();
        outbox.toRemindersOf(grandma.personId(), new Message(Kind.DOSE_DUE, "dose-due:" + UUID.randomUUID(), "Time for Metformin",
                "Time to take Metformin.", new Message.Dose(medicationId, EIGHT)));
        sender.drain();
        JsonNode sent = json.readTree(ntfy.requests.get(before).body());
        JsonNode buttons = sent.get("actions");
        assertThat(buttons).hasSize(2);
        return List.of(buttons.get(0).get("url").asText(), buttons.get(1).get("url").asText());
    }

    private static String token(String url) {
        String rest = url.substring("https://kilo.test/api/notifications/actions/".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    @Test
    void takenTakesThatDoseOnceAndASecondPressIsAConflict() throws Exception {
        List<String> urls = buttons(7);
        assertThat(urls.get(0)).startsWith("https://kilo.test/api/notifications/actions/kn_").endsWith("/taken");
        assertThat(urls.get(1)).endsWith("/snooze");
        String token = token(urls.get(0));

        ActionResult result = actions.act(token, NotificationAction.TAKEN);

        assertThat(result.stock()).isEqualByComparingTo("9");
        assertThat(doses.calls).contains(new TestDoseActions.Call("take", 7, EIGHT, null));
        assertThatThrownBy(() -> actions.act(token, NotificationAction.SNOOZE))
                .isInstanceOf(Conflict.class);
        assertThat(doses.calls.stream().filter(call -> call.medicationId() == 7)).hasSize(1);
    }

    @Test
    void snoozePutsTheDoseOffFifteenMinutes() throws Exception {
        String token = token(buttons(8).get(1));
        ActionResult result = actions.act(token, NotificationAction.SNOOZE);
        assertThat(doses.calls).contains(new TestDoseActions.Call("snooze", 8, EIGHT, 15));
        assertThat(result.snoozedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void aTokenExpiresAfterTwelveHours() throws Exception {
        String token = token(buttons(9).get(0));
        clock.advance(Duration.ofHours(12));
        assertThatThrownBy(() -> actions.act(token, NotificationAction.TAKEN))
                .isInstanceOf(Gone.class).hasMessageStartingWith("This notification's buttons expired at ");
        assertThat(doses.calls.stream().filter(call -> call.medicationId() == 9)).isEmpty();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> actions.act("kn_" + "A".repeat(43), NotificationAction.TAKEN)).isInstanceOf(NotFound.class);
    }

    @Test
    void aDoseTheMedsModuleRefusesLeavesTheTokenUnused() throws Exception {
        String token = token(buttons(10).get(0));
        doses.settledMedication = 10L;
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> actions.act(token, NotificationAction.TAKEN))
                    .hasMessageContaining("already taken"); // the dose's own reason both times, not "buttons already used"
        }
        doses.settledMedication = null;
        actions.act(token, NotificationAction.TAKEN);
        assertThat(doses.calls).contains(new TestDoseActions.Call("take", 10, EIGHT, null));
    }

    @Test
    void onlyTheTokensDigestIsStored() throws Exception {
        String token = token(buttons(11).get(0));
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select digest from ActionToken where medicationId = 11", String.class).getResultList());
        assertThat(stored).containsExactly(ActionTokens.digest(token)).doesNotContain(token);
        assertThat(stored.get(0)).hasSize(64).doesNotContain(token.substring(3));
    }
}
