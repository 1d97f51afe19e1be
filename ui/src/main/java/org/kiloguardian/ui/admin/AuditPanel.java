package org.kiloguardian.ui.admin;

import org.kiloguardian.security.audit.AuditEvent;
import org.kiloguardian.security.audit.AuditLog;
import org.kiloguardian.ui.common.Refreshable;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.enterprise.context.Dependent;

/** The latest security events: logins, failures, user and token changes. */
@Dependent
public class AuditPanel extends VerticalLayout implements Refreshable {

    static final int SHOWN = 200;

    private final AuditLog audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);

    AuditPanel(AuditLog audit, HouseholdFormat format) {
        this.audit = audit;
        setPadding(false);
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(event -> format.dateTime(event.occurredAt)).setHeader("When").setAutoWidth(true);
        grid.addColumn(event -> event.actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(event -> event.action).setHeader("What").setAutoWidth(true);
        grid.addColumn(event -> event.target).setHeader("On").setAutoWidth(true);
        grid.addColumn(event -> event.remoteAddress).setHeader("From").setAutoWidth(true);
        grid.addColumn(event -> event.detail).setHeader("Detail").setFlexGrow(1);
        Button reload = new Button("Reload", VaadinIcon.REFRESH.create(), click -> refresh());
        add(reload, grid);
    }

    @Override
    public void refresh() {
        grid.setItems(audit.latest(SHOWN));
    }
}
