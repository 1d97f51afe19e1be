package org.kiloguardian.ui.dashboard;

import java.util.List;

import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Notice;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.html.Paragraph;

import jakarta.enterprise.context.Dependent;

/** Reminders and warnings as they happen: doses due, bills due, budgets nearly spent, stock running low. */
@Dependent
public class NoticesPanel extends Panel {

    static final int SHOWN = 8;

    private final LiveUpdates live;
    private final HouseholdFormat format;
    private final HouseholdPeople people;

    NoticesPanel(LiveUpdates live, HouseholdFormat format, HouseholdPeople people) {
        super("notices", "Notices");
        this.live = live;
        this.format = format;
        this.people = people;
    }

    @Override
    public void refresh() {
        body.removeAll();
        // a reminder about Grandma's dose is for her and whoever looks after her, not every screen
        List<Notice> notices = live.recentNotices().stream().filter(people.noticesFor(CurrentUser.get())).toList();
        if (notices.isEmpty()) {
            Paragraph quiet = new Paragraph("All quiet. Reminders and warnings appear here the moment they happen.");
            quiet.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
            body.add(quiet);
            return;
        }
        int index = 0;
        for (Notice notice : notices.subList(0, Math.min(SHOWN, notices.size()))) {
            var row = Rows.row("notice-" + index++, notice.message(), format.time(notice.at()));
            if (notice.kind() == Notice.Kind.ALERT) {
                row.addComponentAtIndex(0, Rows.badge("critical".equals(notice.severity()) ? "Alert" : "Warning",
                        "critical".equals(notice.severity()) ? "error" : "warning"));
            }
            body.add(row);
        }
    }
}
