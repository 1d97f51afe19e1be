package org.kiloguardian.ui.people;

import java.util.EnumSet;

import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The People section for every member: who is in the household, and their own person to edit.
 * Admins find the same section in Admin, where they manage everyone.
 */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Kilo Guardian")
@PermitAll
public class PeopleView extends VerticalLayout {

    private final PeoplePanel panel;

    public PeopleView(LiveUpdates live, PeoplePanel panel) {
        this.panel = panel;
        setId("people");
        H2 title = new H2("People");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(title, panel);
        live.subscribeWhileAttached(this, EnumSet.of(Topic.PEOPLE, Topic.ACCESS), changed -> panel.refresh());
    }
}
