package org.kiloguardian.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A titled tile of the dashboard: a heading (with optional actions) over a body that redraws itself. */
public abstract class Panel extends Div {

    protected final Div body = new Div();
    private final HorizontalLayout header = new HorizontalLayout();

    protected Panel(String id, String title) {
        setId(id);
        addClassName("kg-panel");
        getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("min-width", "0");
        H2 heading = new H2(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        header.add(heading);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(header, body);
    }

    protected void addHeaderAction(Component action) {
        action.getElement().getStyle().set("margin-left", "auto");
        header.add(action);
    }

    /** Reads the data again and redraws the body. */
    public abstract void refresh();
}
