package org.kiloguardian.notifications.push;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.notifications.config.NotificationsConfig;
import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;

/**
 * The household's devices that asked for notifications. A subscription belongs to the login that
 * made it: the same browser subscribing again (another login on a shared tablet) moves it over.
 */
@ApplicationScoped
public class SubscriptionService {

    private final Clock clock;
    private final NotificationsConfig config;

    SubscriptionService(Clock clock, NotificationsConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public SubscriptionView subscribe(@NotNull Caller caller, @NotNull(message = "must be the browser's push subscription") @Valid SubscriptionRequest request) {
        if (request.endpoint().startsWith("http://") && !config.allowHttpPush()) {
            throw new InvalidInput("endpoint", "a push service is reached over https only.");
        }
        PushSubscription subscription = PushSubscription.findByEndpoint(request.endpoint())
                .orElseGet(PushSubscription::new);
        if (subscription.id == null) {
            subscription.createdAt = clock.instant();
        }
        subscription.userId = caller.userId();
        subscription.endpoint = request.endpoint();
        subscription.p256dh = request.keys().p256dh().replace("=", "");
        subscription.auth = request.keys().auth().replace("=", "");
        subscription.device = request.device() == null || request.device().isBlank() ? null : request.device().strip();
        subscription.persistAndFlush();
        return SubscriptionView.of(subscription);
    }

    /** The caller's own devices. */
    @Transactional
    public List<SubscriptionView> mine(@NotNull Caller caller) {
        return PushSubscription.ofLogin(caller.userId()).stream()
                .map(SubscriptionView::of).toList();
    }

    /** The owner, or an admin, stops a device's notifications. */
    @Transactional
    public void remove(@NotNull Caller caller, long id) {
        PushSubscription subscription = PushSubscription.<PushSubscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("No device with id " + id + " gets notifications."));
        if (subscription.userId != caller.userId() && !caller.admin()) {
            throw new Forbidden("Only the login that subscribed a device, or an admin, can remove it.");
        }
        subscription.delete();
    }
}
