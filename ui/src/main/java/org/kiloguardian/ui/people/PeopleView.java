package org.kiloguardian.ui.people;

import java.util.EnumSet;

import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * The People section for every member: who is in the household, and their own person to edit.
 * Admins find the same section in Admin, where they manage everyone.
 */
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People · Kilo Guardian")
@PermitAll
public class PeopleView extends VerticalLayout {

    private final LiveUpdates live;
    private final PeoplePanel panel;
    private Registration subscription;

    public PeopleView(LiveUpdates live, PeoplePanel panel) {
        this.live = live;
        this.panel = panel;
        setId("people");
        H2 title = new H2("People");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(title, panel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        subscription = live.subscribe(event.getUI(), EnumSet.of(Topic.PEOPLE, Topic.ACCESS), changed -> panel.refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
        super.onDetach(event);
    }
}
