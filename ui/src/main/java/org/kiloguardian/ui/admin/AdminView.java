package org.kiloguardian.ui.admin;

import java.util.EnumSet;

import org.kiloguardian.security.user.Role;
import org.kiloguardian.ui.common.Refreshable;
import org.kiloguardian.ui.people.PeoplePanel;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Admins only: the household's people, users, API tokens, the audit log and how the system is doing. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Admin · Kilo Guardian")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminView extends VerticalLayout {

    private final TabSheet tabs = new TabSheet();

    public AdminView(LiveUpdates live, UsersPanel users, PeoplePanel people, TokensPanel tokens, AuditPanel audit,
            SystemStatusPanel status) {
        setId("admin");
        setSizeFull();
        tabs.setSizeFull();
        tabs.add("Users", users);
        tabs.add("People", people);
        tabs.add("API tokens", tokens);
        tabs.add("Audit log", audit);
        tabs.add("System", status);
        // panels load when shown, so an admin who only looks at users does not read the audit log
        tabs.addSelectedChangeListener(event -> refreshShownPanel());
        add(tabs);
        users.refresh();
        // a user, token or person changed anywhere (another admin, the REST API): redraw what is shown
        live.subscribeWhileAttached(this, EnumSet.of(Topic.ACCESS, Topic.PEOPLE), changed -> refreshShownPanel());
    }

    private void refreshShownPanel() {
        if (tabs.getSelectedTab() != null && tabs.getComponent(tabs.getSelectedTab()) instanceof Refreshable panel) {
            panel.refresh();
        }
    }
}
