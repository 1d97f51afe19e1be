package org.kiloguardian.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;

import jakarta.annotation.security.PermitAll;

/** The household's landing page until the dashboard arrives. */
@Route("")
@PageTitle("Kilo Guardian")
@PermitAll
public class WelcomeView extends VerticalLayout {

    public WelcomeView() {
        H1 title = new H1("Kilo Guardian");
        title.setId("product-name");
        Anchor logout = new Anchor("/logout", "Log out");
        // a full page load, not a client-side navigation: /logout is a server route
        logout.setRouterIgnore(true);
        logout.setId("logout");
        add(title, new Paragraph("Habits, medication and household money, on your own home server."), logout);
    }
}
