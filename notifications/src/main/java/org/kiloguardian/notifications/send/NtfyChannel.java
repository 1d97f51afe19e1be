package org.kiloguardian.notifications.send;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.notifications.channel.NtfyTopic;
import org.kiloguardian.notifications.config.NotificationsConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes one message to a person's ntfy topic, as JSON to the server's root (ntfy "publish as
 * JSON": UTF-8 titles need no header encoding): title, message, priority, tags, a tap that opens the
 * app, and for a dose due the "Taken" and "Snooze" buttons, which the ntfy app sends as HTTP POSTs
 * to the app's public address. Blocking, on the sender's thread.
 */
@ApplicationScoped
public class NtfyChannel {

    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final OutgoingPost post;

    NtfyChannel(ObjectMapper json, NotificationsConfig config, OutgoingPost post) {
        this.json = json;
        this.config = config;
        this.post = post;
    }

    public SendOutcome send(Outgoing outgoing) {
        return post.send(() -> {
            NtfyTopic topic = NtfyTopic.parse(outgoing.ntfy().url());
            HttpRequest.Builder request = HttpRequest.newBuilder(topic.publishUri())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body(topic, outgoing))));
            if (outgoing.ntfy().token() != null) {
                request.header("Authorization", "Bearer " + outgoing.ntfy().token());
            }
            return request;
        });
    }

    Map<String, Object> body(NtfyTopic topic, Outgoing outgoing) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", topic.name());
        message.put("title", outgoing.title());
        message.put("message", outgoing.body());
        message.put("priority", outgoing.kind().priority());
        message.put("tags", List.of(outgoing.kind().tag()));
        Optional<String> app = publicUrl();
        app.ifPresent(url -> message.put("click", url + "/"));
        if (app.isPresent() && outgoing.actionToken() != null) {
            List<Map<String, Object>> actions = new ArrayList<>();
            actions.add(button("Taken", app.get() + outgoing.actionPath() + "/" + WebPushChannel.TAKEN));
            actions.add(button("Snooze " + config.snooze().toMinutes() + " min", app.get() + outgoing.actionPath() + "/" + WebPushChannel.SNOOZE));
            message.put("actions", actions);
        }
        return message;
    }

    /** An ntfy "http" action: the app posts to the URL, with no body and no cookie; clear dismisses the notification. */
    private static Map<String, Object> button(String label, String url) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("action", "http");
        action.put("label", label);
        action.put("url", url);
        action.put("method", "POST");
        action.put("clear", true);
        return action;
    }

    private Optional<String> publicUrl() {
        return config.publicUrl().map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
