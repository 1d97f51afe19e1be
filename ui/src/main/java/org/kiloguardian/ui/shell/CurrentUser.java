package org.kiloguardian.ui.shell;

import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.Actor;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The logged-in household member of this browser session, read from the request that opened the
 * view and kept in the Vaadin session, so push callbacks (which have no request) know it too.
 */
public record CurrentUser(String username, boolean admin, String remoteAddress) {

    public static CurrentUser get() {
        VaadinSession session = VaadinSession.getCurrent();
        CurrentUser known = session == null ? null : session.getAttribute(CurrentUser.class);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            CurrentUser fresh = new CurrentUser(request.getUserPrincipal().getName(), request.isUserInRole(Role.ADMIN_NAME),
                    request.getRemoteAddr());
            if (session != null && !fresh.equals(known)) {
                session.setAttribute(CurrentUser.class, fresh);
            }
            return fresh;
        }
        if (known == null) {
            throw new IllegalStateException("No user is logged in");
        }
        return known;
    }

    /** Who acts, for the audit log. */
    public Actor actor() {
        return new Actor(username, remoteAddress);
    }
}
