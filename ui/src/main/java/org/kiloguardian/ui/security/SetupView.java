package org.kiloguardian.ui.security;

import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.security.user.PasswordRules;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.bootstrap.FirstAdminSetup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First run: creates the household's first admin with the one-time code from the server log. */
@Route("setup")
@PageTitle("Set up · Kilo Guardian")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final FirstAdminSetup setup;
    private final TextField code = new TextField("Setup code from the server log");
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Your name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Password again");

    public SetupView(FirstAdminSetup setup) {
        this.setup = setup;
        setAlignItems(FlexComponent.Alignment.CENTER);
        code.setId("setup-code");
        username.setId("setup-username");
        displayName.setId("setup-display-name");
        password.setId("setup-password");
        repeat.setId("setup-repeat");
        password.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters");
        for (TextField field : new TextField[] {code, username, displayName}) {
            field.setRequired(true);
        }
        Button create = new Button("Create the admin account", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("setup-create");
        FormLayout form = new FormLayout(code, username, displayName, password, repeat);
        form.setMaxWidth("32em");
        add(new H1("Welcome to Kilo Guardian"),
                new Paragraph("Nobody can log in yet. Create the first admin account with the one-time code that the server wrote to its log."),
                form, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isOpen()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ");
            repeat.setInvalid(true);
            return;
        }
        if (password.getValue().length() < PasswordRules.MIN_LENGTH) {
            password.setErrorMessage("Use at least " + PasswordRules.MIN_LENGTH + " characters");
            password.setInvalid(true);
            return;
        }
        try {
            String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
            setup.complete(code.getValue(), username.getValue().strip(), displayName.getValue().strip(), password.getValue(),
                    new Actor(username.getValue(), address));
            getUI().ifPresent(ui -> ui.navigate("login?created"));
        } catch (Conflict | Forbidden | jakarta.validation.ConstraintViolationException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
