package org.kiloguardian.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The household's landing page until the dashboard arrives. */
@Route("")
@PageTitle("Kilo Guardian")
public class WelcomeView extends VerticalLayout {

    public WelcomeView() {
        H1 title = new H1("Kilo Guardian");
        title.setId("product-name");
        add(title, new Paragraph("Habits, medication and household money, on your own home server."));
    }
}
