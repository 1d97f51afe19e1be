package org.kiloguardian.ui.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.security.event.SessionsEnded;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;

/**
 * When a user's sessions end (logout anywhere, a password or role change), every page they have open
 * goes to the login page at once, by server push, instead of working on until its next request.
 * A page that missed the push finds out on its next request: its session is gone (see
 * {@link StaleSessionFilter}) and Vaadin sends it to /login without a "session expired" box.
 */
@ApplicationScoped
public class SignedOutUis {

    static final String LOGIN = "/login";

    private final Map<UI, String> owners = new ConcurrentHashMap<>();

    void install(@Observes ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(LOGIN);
            return messages;
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            signedIn(ui).ifPresent(username -> {
                owners.put(ui, username);
                ui.addDetachListener(detach -> owners.remove(ui));
            });
        });
    }

    private static java.util.Optional<String> signedIn(UI ui) {
        try {
            return java.util.Optional.of(CurrentUser.get().username());
        } catch (IllegalStateException anonymous) {
            return java.util.Optional.empty(); // the login and setup pages
        }
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        owners.forEach((ui, username) -> {
            if (username.equalsIgnoreCase(ended.username())) {
                owners.remove(ui);
                try {
                    ui.access(() -> ui.getPage().setLocation(LOGIN));
                } catch (UIDetachedException gone) {
                    // closed meanwhile: nothing to send it to
                }
            }
        });
    }
}
