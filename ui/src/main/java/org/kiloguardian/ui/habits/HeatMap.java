package org.kiloguardian.ui.habits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;

import org.kiloguardian.habits.completion.CompletionStatus;
import org.kiloguardian.habits.stats.HistoryDay;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A habit's last weeks as a calendar: one column per week, Monday on top; done days filled, skipped
 * days outlined, missed due days faint, days off empty. Each square names its day and state for
 * screen readers and tooltips.
 */
final class HeatMap {

    static final int WEEKS = 12;

    private HeatMap() {
    }

    static Div of(List<HistoryDay> days, HouseholdFormat format) {
        Div map = new Div();
        map.setId("habit-heatmap");
        map.getElement().setAttribute("role", "img");
        map.getElement().setAttribute("aria-label", "The last " + WEEKS + " weeks");
        map.getStyle().set("display", "grid").set("grid-template-rows", "repeat(7, 1rem)").set("grid-auto-flow", "column")
                .set("grid-auto-columns", "1rem").set("gap", "3px").set("overflow-x", "auto").set("padding", "var(--lumo-space-s) 0");
        if (!days.isEmpty()) {
            // pad the first column so every row is one weekday
            int pad = days.get(0).date().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < pad; i++) {
                map.add(new Span());
            }
        }
        for (HistoryDay day : days) {
            Span cell = new Span();
            String state;
            String background;
            String border = "none";
            if (day.done()) {
                state = "done" + (day.count() > 1 ? " " + day.count() + "×" : "");
                background = "var(--lumo-success-color)";
            } else if (day.status() == CompletionStatus.SKIPPED) {
                state = "skipped";
                background = "transparent";
                border = "2px solid var(--lumo-contrast-50pct)";
            } else if (day.due()) {
                state = day.count() > 0 ? "partly done" : "not done";
                background = day.count() > 0 ? "var(--lumo-success-color-50pct)" : "var(--lumo-contrast-10pct)";
            } else {
                state = "not due";
                background = "transparent";
                border = "1px dashed var(--lumo-contrast-20pct)";
            }
            cell.getStyle().set("background", background).set("border", border).set("border-radius", "3px").set("box-sizing", "border-box");
            String label = day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, format.locale()) + " " + format.date(day.date())
                    + ": " + state;
            cell.getElement().setAttribute("title", label);
            cell.getElement().setAttribute("aria-label", label);
            map.add(cell);
        }
        return map;
    }

    static boolean isToday(LocalDate day, LocalDate today) {
        return day.equals(today);
    }
}
