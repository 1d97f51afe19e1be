package org.kiloguardian.ui.security;

import org.kiloguardian.security.bootstrap.FirstAdminSetup;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page. The form posts natively to {@code j_security_check} (security.session.LoginRoute),
 * which sets the session cookie and returns to the dashboard, or back here with {@code ?error}.
 */
@Route("login")
@PageTitle("Log in · Kilo Guardian")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final FirstAdminSetup setup;

    public LoginView(FirstAdminSetup setup) {
        this.setup = setup;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage("Check the username and password. After several wrong attempts, wait a little before trying again.");
        form.setI18n(i18n);
        form.setAction("j_security_check");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");

        H1 title = new H1("Kilo Guardian");
        add(title, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.isOpen()) {
            event.forwardTo(SetupView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("created")) {
            add(new Paragraph("The admin account is ready: log in with it."));
        }
    }
}
