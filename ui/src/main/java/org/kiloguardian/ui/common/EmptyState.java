package org.kiloguardian.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows when it has nothing yet: what is missing and what to do first. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String whatToDo, Component... actions) {
        addClassName("kg-empty");
        var symbol = icon.create();
        symbol.addClassName("kg-empty-icon");
        Span heading = new Span(title);
        heading.addClassName("kg-empty-title");
        Paragraph hint = new Paragraph(whatToDo);
        add(symbol, heading, hint);
        add(actions);
        getStyle().set("text-align", "center").set("padding", "var(--lumo-space-l)")
                .set("color", "var(--lumo-secondary-text-color)");
        symbol.getStyle().set("width", "var(--lumo-icon-size-l)").set("height", "var(--lumo-icon-size-l)");
        heading.getStyle().set("display", "block").set("font-weight", "600").set("color", "var(--lumo-body-text-color)");
    }
}
