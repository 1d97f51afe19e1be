package org.kiloguardian.notifications.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.kiloguardian.notifications.action.ActionResult;
import org.kiloguardian.notifications.action.ActionService;
import org.kiloguardian.notifications.action.NotificationAction;
import org.kiloguardian.rest.error.NotFound;

/**
 * A notification's buttons: POSTed by the service worker (notificationclick, {@code credentials:
 * 'omit'}) or by the ntfy app (an http action), with no login, no cookie and no body. The token in
 * the path is the credential; the path is open to anonymous callers (application.properties), and
 * a call without the session cookie needs no CSRF header.
 */
@Path("/api/notifications/actions/{token}/{action}")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService actions;

    ActionResource(ActionService actions) {
        this.actions = actions;
    }

    @POST
    public ActionResult act(@RestPath String token, @RestPath String action) {
        NotificationAction chosen = NotificationAction.named(action)
                .orElseThrow(() -> new NotFound("A notification has the buttons taken and snooze."));
        return actions.act(token, chosen);
    }
}
