package org.kiloguardian.ui.dashboard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.WhileAttached;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.notifications.PhoneRemindersPanel;
import org.kiloguardian.ui.people.PersonFocus;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The household at a glance, for a wall tablet and for phones: one column on a phone, as many as fit
 * on a tablet. Every panel redraws itself when its part of the household changes, wherever the
 * change was made; the habits and meds tiles show whose day the header's person switcher chose.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard · Kilo Guardian")
@PermitAll
public class DashboardView extends Div {

    private final List<Watched> panels;

    public DashboardView(LiveUpdates live, HabitsTodayPanel habits, MedsPanel meds, BudgetsPanel budgets,
            RecentTransactionsPanel transactions, BillsPanel bills, NoticesPanel notices, SpendingChartPanel spending,
            TrendChartPanel trend, PhoneRemindersPanel phoneReminders) {
        setId("dashboard");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 19rem), 1fr))")
                .set("gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-m)").set("align-items", "start")
                .set("box-sizing", "border-box")
                // tiles in the base colour on a slightly darker page: they stand out in the light and the dark theme
                .set("background", "var(--lumo-contrast-5pct)").set("min-height", "100%");
        panels = List.of(new Watched(habits, Topic.HABITS), new Watched(meds, Topic.MEDS), new Watched(notices, Topic.NOTICES),
                new Watched(budgets, Topic.FINANCE), new Watched(transactions, Topic.FINANCE), new Watched(bills, Topic.FINANCE),
                new Watched(spending, Topic.FINANCE), new Watched(trend, Topic.FINANCE),
                new Watched(phoneReminders, Topic.PEOPLE));
        panels.forEach(watched -> {
            add(watched.panel());
            watched.panel().refresh();
        });
        live.subscribeWhileAttached(this, EnumSet.of(Topic.HABITS, Topic.MEDS, Topic.FINANCE, Topic.NOTICES, Topic.PEOPLE), this::redraw);
        // another person chosen in the header: their day (and the household's) instead
        WhileAttached.register(this, ui -> PersonFocus.of(ui).onChange(person -> redraw(EnumSet.of(Topic.HABITS, Topic.MEDS))));
    }

    private void redraw(Set<Topic> changed) {
        // a person renamed or recoloured: the chips of the habits and meds tiles change
        boolean people = changed.contains(Topic.PEOPLE);
        panels.stream().filter(watched -> changed.contains(watched.topic())
                || (people && (watched.topic() == Topic.HABITS || watched.topic() == Topic.MEDS)))
                .forEach(watched -> watched.panel().refresh());
    }

    private record Watched(Panel panel, Topic topic) {
    }
}
