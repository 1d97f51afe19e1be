package org.kiloguardian.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One line of a panel: what (title and detail) on the left, actions on the right, wrapping on phones. */
public final class Rows {

    private Rows() {
    }

    public static HorizontalLayout row(String id, String title, String detail, Component... actions) {
        Span name = new Span(title);
        name.getStyle().set("font-weight", "500");
        Div text = new Div(name);
        if (detail != null && !detail.isBlank()) {
            Span more = new Span(detail);
            more.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            more.setId(id + "-detail");
            text.add(more);
        }
        text.getStyle().set("flex", "1 1 10rem").set("min-width", "0");
        HorizontalLayout actionBox = new HorizontalLayout(actions);
        actionBox.setSpacing(true);
        actionBox.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        HorizontalLayout row = new HorizontalLayout(text, actionBox);
        row.setId(id);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-xs)");
        return row;
    }

    /** A small label in a tone: "success", "error", "warning" or "contrast" (text, not colour alone, carries the meaning). */
    public static Span badge(String text, String tone) {
        Span badge = new Span(text);
        String colour = switch (tone) {
            case "success" -> "var(--lumo-success-text-color)";
            case "error" -> "var(--lumo-error-text-color)";
            case "warning" -> "var(--lumo-warning-text-color, #8a5a00)";
            default -> "var(--lumo-secondary-text-color)";
        };
        badge.getStyle().set("color", colour).set("border", "1px solid currentColor").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 0.4em").set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600").set("white-space", "nowrap")
                .set("align-self", "flex-start");
        return badge;
    }
}
