package org.kiloguardian.notifications.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.digest.DigestUtils;
import org.kiloguardian.notifications.config.NotificationsConfig;
import org.kiloguardian.notifications.vapid.VapidKeyStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.interaso.webpush.WebPush;

/**
 * Sends one message to one browser through its push service (RFC 8030): the payload encrypted to
 * the browser's keys (aes128gcm, RFC 8291) and signed for with our VAPID key (RFC 8292), both built
 * by {@code com.interaso:webpush}; the HTTP call is the JDK's client with our timeout. Blocking: it
 * runs on the sender's own thread, never on an event loop.
 */
@ApplicationScoped
public class WebPushChannel {

    /** The service worker's buttons, in the order the notification shows them. */
    public static final String TAKEN = "taken";
    public static final String SNOOZE = "snooze";

    private final VapidKeyStore keys;
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final OutgoingPost post;

    WebPushChannel(VapidKeyStore keys, ObjectMapper json, NotificationsConfig config, OutgoingPost post) {
        this.keys = keys;
        this.json = json;
        this.config = config;
        this.post = post;
    }

    public SendOutcome send(Outgoing outgoing) {
        Outgoing.PushTarget target = outgoing.push();
        return post.send(() -> {
            WebPush webPush = keys.webPush();
            byte[] body = webPush.getBody(payload(outgoing), decode(target.p256dh()), decode(target.auth()));
            Map<String, String> headers = webPush.getHeaders(target.endpoint(), outgoing.kind().timeToLiveSeconds(), topic(outgoing.itemKey()),
                    outgoing.kind().urgent() ? WebPush.Urgency.High : WebPush.Urgency.Normal);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.endpoint()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            return request;
        });
    }

    /** What the service worker shows (see sw.js): JSON, well under the 4 KB push services take. */
    byte[] payload(Outgoing outgoing) throws JsonProcessingException {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("title", outgoing.title());
        message.put("body", outgoing.body());
        message.put("kind", outgoing.kind().name());
        message.put("tag", outgoing.tag());
        message.put("url", "/");
        if (outgoing.actionToken() != null) {
            message.put("actions", List.of(new Button(TAKEN, "Taken"),
                    new Button(SNOOZE, "Snooze " + config.snooze().toMinutes() + " min")));
            message.put("actionUrl", outgoing.actionPath());
        }
        return json.writeValueAsBytes(message);
    }

    /** A notification button as the Notifications API takes it; a record keeps the JSON in one order. */
    record Button(String action, String title) {
    }

    /** A retry of the same message replaces one the push service still holds for an offline device. */
    static String topic(String itemKey) {
        // RFC 8030 allows at most 32 URL-safe characters
        return Base64.getUrlEncoder().withoutPadding().encodeToString(DigestUtils.sha256(itemKey)).substring(0, 32);
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }
}
