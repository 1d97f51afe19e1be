package org.kiloguardian.ui.admin;

import org.kiloguardian.ui.common.Refreshable;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.enterprise.context.Dependent;

/** Database, live connections, version, uptime. */
@Dependent
public class SystemStatusPanel extends VerticalLayout implements Refreshable {

    private final SystemStatus status;
    private final HouseholdFormat format;
    private final FormLayout facts = new FormLayout();

    SystemStatusPanel(SystemStatus status, HouseholdFormat format) {
        this.status = status;
        this.format = format;
        setPadding(false);
        facts.setId("system-status");
        add(new Button("Reload", VaadinIcon.REFRESH.create(), click -> refresh()), facts);
    }

    @Override
    public void refresh() {
        SystemStatus.Snapshot now = status.read();
        facts.removeAll();
        Span database = new Span((now.databaseUp() ? "Up · " : "DOWN · ") + now.database());
        database.getStyle().set("color", now.databaseUp() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)").set("font-weight", "600");
        database.setId("status-database");
        facts.addFormItem(database, "Database");
        facts.addFormItem(new Span(now.version()), "Version");
        facts.addFormItem(new Span(now.uptimeText() + " (since " + format.dateTime(now.startedAt()) + ")"), "Uptime");
        if (now.liveConnections() != null) {
            Span connections = new Span(String.valueOf(now.liveConnections()));
            connections.setId("status-live-connections");
            facts.addFormItem(connections, "Live connections (Socket.IO)");
        }
        facts.addFormItem(new Span(now.java()), "Java");
        facts.addFormItem(new Span(format.locale().toLanguageTag() + " · " + format.currency().getCurrencyCode()), "Locale and currency");
    }
}
