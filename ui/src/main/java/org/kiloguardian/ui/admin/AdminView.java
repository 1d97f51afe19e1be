package org.kiloguardian.ui.admin;

import org.kiloguardian.security.account.Role;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Admins only: the household's users, API tokens, the audit log and how the system is doing. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Admin · Kilo Guardian")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminView extends VerticalLayout {

    public AdminView(UsersPanel users, TokensPanel tokens, AuditPanel audit, SystemStatusPanel status) {
        setId("admin");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Users", users);
        tabs.add("API tokens", tokens);
        tabs.add("Audit log", audit);
        tabs.add("System", status);
        // panels load when shown, so an admin who only looks at users does not read the audit log
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() != null && tabs.getComponent(event.getSelectedTab()) instanceof Refreshable panel) {
                panel.refresh();
            }
        });
        add(tabs);
        users.refresh();
    }

    /** A panel that reloads its data when its tab is opened. */
    interface Refreshable {
        void refresh();
    }
}
