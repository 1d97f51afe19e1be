package org.kiloguardian.ui.dashboard;

import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The household at a glance. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard · Kilo Guardian")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView() {
        setId("dashboard");
        add(new H2("Today"), new EmptyState(VaadinIcon.HOME_O, "Nothing here yet",
                "Habits, medication and money appear here as soon as you add them."));
    }
}
