package org.kiloguardian.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.today.TodayEntry;
import org.kiloguardian.habits.today.TodayService;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/** Today's habits, each done with one tap and taken back with another. */
@Dependent
public class HabitsTodayPanel extends Panel {

    private final TodayService today;
    private final CompletionService completions;
    private final Clock clock;

    HabitsTodayPanel(TodayService today, CompletionService completions, Clock clock) {
        super("habits-today", "Today's habits");
        this.today = today;
        this.completions = completions;
        this.clock = clock;
    }

    @Override
    public void refresh() {
        body.removeAll();
        List<TodayEntry> entries = today.today();
        if (entries.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.CHECK_SQUARE_O, "No habits due today",
                    "Add a habit you want to keep, such as a morning walk.", new Anchor("habits", "Add a habit")));
            return;
        }
        long done = entries.stream().filter(TodayEntry::done).count();
        body.add(Rows.badge(done + " of " + entries.size() + " done", done == entries.size() ? "success" : "contrast"));
        for (TodayEntry entry : entries) {
            body.add(row(entry));
        }
    }

    private com.vaadin.flow.component.Component row(TodayEntry entry) {
        String progress = entry.completedToday() + " / " + entry.targetCount() + " today"
                + (entry.periodTarget() == null ? "" : " · " + entry.periodCompleted() + " / " + entry.periodTarget() + " this period")
                + (entry.skipped() ? " · skipped" : "");
        Button complete = new Button(entry.done() ? "Done" : "Complete", VaadinIcon.CHECK.create(),
                click -> act(() -> completions.complete(entry.id(), CompletionRequest.TODAY_ONCE)));
        complete.setId("complete-habit-" + entry.id());
        complete.addThemeVariants(entry.done() ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
        complete.setAriaLabel("Complete " + entry.name());
        var row = Rows.row("habit-" + entry.id(), entry.name(), progress, complete);
        if (entry.completedToday() > 0 || entry.skipped()) {
            Button undo = new Button("Undo", VaadinIcon.ARROW_BACKWARD.create(),
                    click -> act(() -> completions.undo(entry.id(), LocalDate.now(clock))));
            undo.setId("undo-habit-" + entry.id());
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            undo.setAriaLabel("Undo " + entry.name());
            ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) row.getComponentAt(1)).addComponentAsFirst(undo);
        }
        row.getElement().setAttribute("data-done", String.valueOf(entry.done()));
        return row;
    }

    private void act(Runnable call) {
        if (new FieldErrors().attempt(call)) {
            refresh();
        }
    }
}
