package org.kiloguardian.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.today.TodayEntry;
import org.kiloguardian.habits.today.TodayService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.PersonChip;
import org.kiloguardian.ui.people.PersonFocus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/**
 * Today's habits, each done with one tap and taken back with another: everyone's with a chip naming
 * whose, or the chosen person's with the household's shared ones ({@link PersonFocus}).
 */
@Dependent
public class HabitsTodayPanel extends Panel {

    private final TodayService today;
    private final CompletionService completions;
    private final Clock clock;
    private final HouseholdPeople people;

    HabitsTodayPanel(TodayService today, CompletionService completions, Clock clock, HouseholdPeople people) {
        super("habits-today", "Today's habits");
        this.people = people;
        this.today = today;
        this.completions = completions;
        this.clock = clock;
    }

    @Override
    public void refresh() {
        body.removeAll();
        PersonFocus focus = PersonFocus.current();
        Map<Long, PersonView> everyone = people.byId();
        List<TodayEntry> entries = today.today().stream().filter(entry -> focus.shows(entry.personId())).toList();
        if (entries.isEmpty()) {
            PersonView chosen = focus.everyone() ? null : everyone.get(focus.personId());
            body.add(new EmptyState(VaadinIcon.CHECK_SQUARE_O, chosen == null ? "No habits due today" : "No habits due today for " + chosen.name(),
                    "Add a habit you want to keep, such as a morning walk.", new Anchor("habits", "Add a habit")));
            return;
        }
        long done = entries.stream().filter(TodayEntry::done).count();
        body.add(Rows.badge(done + " of " + entries.size() + " done", done == entries.size() ? "success" : "contrast"));
        for (TodayEntry entry : entries) {
            var row = row(entry);
            if (focus.everyone() || entry.personId() == null) {
                PersonChip.besideTitle(row, PersonChip.of(entry.personId() == null ? null : everyone.get(entry.personId())));
            }
            row.getElement().setAttribute("data-person", entry.personId() == null ? "shared" : String.valueOf(entry.personId()));
            body.add(row);
        }
    }

    private com.vaadin.flow.component.orderedlayout.HorizontalLayout row(TodayEntry entry) {
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
