package org.kiloguardian.ui.notifications;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

/**
 * This browser's push subscription, in the page: subscribing needs the user's tap (a permission
 * prompt), the service worker (/sw.js) and the VAPID public key; the subscription is then posted to
 * {@code POST /api/notifications/subscriptions} with the session and the CSRF header, for the
 * logged-in user. Small scripts through executeJs: no npm package, no frontend build.
 */
final class DeviceSubscription {

    /** What the page can say about this device. */
    enum State {
        SUBSCRIBED("This device gets reminders."),
        OFF("This device does not get reminders yet."),
        DENIED("Notifications are blocked for this site in this browser's settings; allow them there, then tap again."),
        UNSUPPORTED("This browser cannot get reminders here. On an iPhone or iPad, first add Kilo Guardian to the home screen"
                + " (Share, then Add to Home Screen) and open it from there. Reminders also need the app's https address."),
        FAILED("The server did not take this device's subscription; try again.");

        final String text;

        State(String text) {
            this.text = text;
        }

        static State of(String answer) {
            for (State state : values()) {
                if (state.name().equalsIgnoreCase(answer)) {
                    return state;
                }
            }
            return FAILED;
        }
    }

    private static final String SUPPORTED = "'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window";

    private static final String STATE = "return (async () => {"
            + " if (!(" + SUPPORTED + ")) return 'unsupported';"
            + " const registration = await navigator.serviceWorker.getRegistration('/');"
            + " const subscription = registration && await registration.pushManager.getSubscription();"
            + " if (subscription) return 'subscribed';"
            + " return Notification.permission === 'denied' ? 'denied' : 'off';"
            + "})()";

    private static final String SUBSCRIBE = "return (async () => {"
            + " if (!(" + SUPPORTED + ")) return 'unsupported';"
            + " const registration = await navigator.serviceWorker.register('/sw.js');"
            + " await navigator.serviceWorker.ready;"
            + " if (await Notification.requestPermission() !== 'granted') return 'denied';"
            + " const text = $0.replace(/-/g, '+').replace(/_/g, '/');"
            + " const key = Uint8Array.from(atob(text + '='.repeat((4 - text.length % 4) % 4)), c => c.charCodeAt(0));"
            + " let subscription = await registration.pushManager.getSubscription();"
            // subscribed with another server key (the keys changed): subscribe again
            + " const old = subscription && subscription.options && subscription.options.applicationServerKey;"
            + " if (old && (old.byteLength !== key.length || new Uint8Array(old).some((b, i) => b !== key[i]))) {"
            + "   await subscription.unsubscribe(); subscription = null; }"
            + " if (!subscription) subscription = await registration.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: key});"
            + " const csrf = document.cookie.split('; ').find(c => c.startsWith('kilo-csrf='));"
            + " const ua = navigator.userAgent;"
            + " const device = (/Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iPhone/iPad' : /Windows/.test(ua) ? 'Windows'"
            + "   : /Mac OS/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : 'Device') + ' · ' + (/Edg\\//.test(ua) ? 'Edge'"
            + "   : /Firefox\\//.test(ua) ? 'Firefox' : /Chrom/.test(ua) ? 'Chrome' : /Safari\\//.test(ua) ? 'Safari' : 'browser');"
            + " const response = await fetch('/api/notifications/subscriptions', {method: 'POST', credentials: 'same-origin',"
            + "   headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf ? decodeURIComponent(csrf.substring(10)) : ''},"
            + "   body: JSON.stringify(Object.assign(subscription.toJSON(), {device: device}))});"
            + " return response.status === 201 ? 'subscribed' : 'failed';"
            + "})()";

    private DeviceSubscription() {
    }

    static void state(UI ui, Consumer<State> answer) {
        ui.getPage().executeJs(STATE).then(String.class, value -> answer.accept(State.of(value)),
                error -> answer.accept(State.UNSUPPORTED));
    }

    static void subscribe(UI ui, String publicKey, Consumer<State> answer) {
        ui.getPage().executeJs(SUBSCRIBE, publicKey).then(String.class, value -> answer.accept(State.of(value)),
                error -> answer.accept(State.FAILED));
    }
}
