package org.kiloguardian.notifications.channel;

import java.time.LocalTime;

import jakarta.validation.constraints.Size;

/**
 * A person's channels, replaced whole (PUT). {@code ntfyToken}: absent or null keeps the stored
 * token while the topic stays the same, "" removes it. Quiet hours need both ends or neither.
 */
public record ChannelRequest(
        @Size(max = 500) String ntfyUrl,
        @Size(max = 200) String ntfyToken,
        LocalTime quietFrom,
        LocalTime quietTo,
        Boolean financeAlerts) {

    public static final ChannelRequest NONE = new ChannelRequest(null, null, null, null, null);
}
