package org.kiloguardian.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Every view is closed unless annotated (@AnonymousAllowed, @PermitAll, @RolesAllowed); a visitor
 * who is not logged in is sent to the login view. The user comes from Quarkus' security identity
 * through the servlet request.
 */
@ApplicationScoped
public class ViewAccessControl {

    void install(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
    }
}
