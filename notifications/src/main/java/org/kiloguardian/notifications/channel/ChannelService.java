package org.kiloguardian.notifications.channel;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.household.Household;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;

/**
 * Each person's ntfy topic, quiet hours and money alerts. Chosen by the person's own login, their
 * caregivers, or an admin: a member cannot point someone else's reminders at their own topic.
 */
@ApplicationScoped
public class ChannelService {

    private final Household household;
    private final Clock clock;

    ChannelService(Household household, Clock clock) {
        this.household = household;
        this.clock = clock;
    }

    @Transactional
    public ChannelView get(@NotNull Caller caller, long personId) {
        mayManage(caller, personId);
        return view(personId, PersonChannels.<PersonChannels>findById(personId));
    }

    @Transactional
    public ChannelView replace(@NotNull Caller caller, long personId, @NotNull(message = "must be the person's channels") @Valid ChannelRequest request) {
        mayManage(caller, personId);
        String url = blankToNull(request.ntfyUrl());
        if (url != null) {
            try {
                NtfyTopic.parse(url);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("ntfyUrl", e.getMessage());
            }
        }
        if ((request.quietFrom() == null) != (request.quietTo() == null)) {
            throw new InvalidInput(request.quietFrom() == null ? "quietFrom" : "quietTo",
                    "quiet hours need a start and an end (or neither).");
        }
        PersonChannels channels = PersonChannels.<PersonChannels>findById(personId);
        if (channels == null) {
            channels = new PersonChannels();
            channels.personId = personId;
        }
        boolean sameTopic = url != null && url.equals(channels.ntfyUrl);
        if (request.ntfyToken() != null) {
            channels.ntfyToken = blankToNull(request.ntfyToken());
        } else if (!sameTopic) {
            channels.ntfyToken = null; // a token is the old topic's
        }
        if (url == null) {
            channels.ntfyToken = null;
        }
        channels.ntfyUrl = url == null ? null : url.strip();
        channels.quietFrom = request.quietFrom();
        channels.quietTo = request.quietTo();
        channels.financeAlerts = request.financeAlerts();
        channels.updatedAt = clock.instant();
        channels.persist();
        return view(personId, channels);
    }

    private ChannelView view(long personId, PersonChannels channels) {
        boolean admin = household.everyone().stream().filter(recipient -> recipient.personId() == personId).findFirst()
                .map(Recipient::admin).orElse(false);
        if (channels == null) {
            return new ChannelView(personId, null, false, null, null, null, admin, null);
        }
        return new ChannelView(personId, channels.ntfyUrl, channels.ntfyToken != null, channels.quietFrom, channels.quietTo,
                channels.financeAlerts, channels.financeAlerts != null ? channels.financeAlerts : admin, channels.updatedAt);
    }

    /** The person's own login, a caregiver, or an admin; anyone else 403, an unknown person 404. */
    private void mayManage(Caller caller, long personId) {
        if (!household.personExists(personId)) {
            throw new NotFound("No person has id " + personId + ".");
        }
        if (!caller.admin() && !household.looksAfter(caller.userId(), personId)) {
            throw new Forbidden("Only the person, their caregivers and admins choose how the person is reminded.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
