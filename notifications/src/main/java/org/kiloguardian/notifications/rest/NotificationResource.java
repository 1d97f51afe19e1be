package org.kiloguardian.notifications.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.kiloguardian.notifications.channel.ChannelRequest;
import org.kiloguardian.notifications.channel.ChannelService;
import org.kiloguardian.notifications.channel.ChannelView;
import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.household.Household;
import org.kiloguardian.notifications.outbox.TestMessages;
import org.kiloguardian.notifications.push.SubscriptionRequest;
import org.kiloguardian.notifications.push.SubscriptionService;
import org.kiloguardian.notifications.push.SubscriptionView;
import org.kiloguardian.notifications.vapid.VapidKeyStore;
import org.kiloguardian.rest.error.NotLoggedIn;

/** Devices, channels and tests (docs/notifications.md). A thin layer over the services. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final VapidKeyStore keys;
    private final SubscriptionService subscriptions;
    private final ChannelService channels;
    private final TestMessages tests;
    private final Household household;

    NotificationResource(VapidKeyStore keys, SubscriptionService subscriptions, ChannelService channels, TestMessages tests,
            Household household) {
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.channels = channels;
        this.tests = tests;
        this.household = household;
    }

    /** The VAPID public key a page subscribes with (PushManager.subscribe's applicationServerKey). */
    @GET
    @Path("web-push")
    public Map<String, String> webPush() {
        return Map.of("publicKey", keys.publicKey());
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<SubscriptionView> subscribe(SubscriptionRequest request, UriInfo uri) {
        SubscriptionView saved = subscriptions.subscribe(caller(), request);
        URI location = uri.getBaseUriBuilder().path("api/notifications/subscriptions").path(String.valueOf(saved.id())).build();
        return RestResponse.ResponseBuilder.<SubscriptionView>created(location).entity(saved).build();
    }

    @GET
    @Path("subscriptions")
    public List<SubscriptionView> mine() {
        return subscriptions.mine(caller());
    }

    @DELETE
    @Path("subscriptions/{id: \\d+}")
    public void remove(@RestPath long id) {
        subscriptions.remove(caller(), id);
    }

    @GET
    @Path("channels/{personId: \\d+}")
    public ChannelView channels(@RestPath long personId) {
        return channels.get(caller(), personId);
    }

    @PUT
    @Path("channels/{personId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChannelView replaceChannels(@RestPath long personId, ChannelRequest request) {
        return channels.replace(caller(), personId, request);
    }

    /** "Send a test" to the caller's own devices and topic: 202 with how many channels it went to. */
    @POST
    @Path("test-messages")
    public RestResponse<Map<String, Integer>> test() {
        return RestResponse.ResponseBuilder.<Map<String, Integer>>create(RestResponse.Status.ACCEPTED)
                .entity(Map.of("channels", tests.sendTo(caller()))).build();
    }

    /** Every path here needs a login (application.properties); a request without one was answered 401 already. */
    private Caller caller() {
        return household.caller().orElseThrow(() -> new NotLoggedIn("The login behind this request no longer exists."));
    }
}
