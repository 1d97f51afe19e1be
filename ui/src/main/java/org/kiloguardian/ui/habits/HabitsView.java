package org.kiloguardian.ui.habits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.stats.HabitStats;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.OwnerFilter;
import org.kiloguardian.ui.people.PersonChip;
import org.kiloguardian.ui.people.PersonFocus;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The household's habits: whose each one is (filter by owner), add ("for whom") and edit, archive;
 * streaks, rates and a calendar of the last weeks.
 */
@Route(value = "habits", layout = MainLayout.class)
@PageTitle("Habits · Kilo Guardian")
@PermitAll
public class HabitsView extends VerticalLayout {

    private final HabitService habits;
    private final HabitStatsService stats;
    private final HouseholdFormat format;
    private final Clock clock;
    private final HouseholdPeople people;
    private final OwnerFilter owner;
    private final HabitEditor editor;
    private Map<Long, PersonView> everyone = Map.of();
    private final Grid<HabitView> grid = new Grid<>(HabitView.class, false);
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Div details = new Div();
    private final Div empty = new Div();

    public HabitsView(HabitService habits, HabitStatsService stats, HouseholdFormat format, LiveUpdates live, Clock clock,
            HouseholdPeople people) {
        this.people = people;
        this.owner = new OwnerFilter(people, PersonFocus.current());
        owner.setId("habits-owner-filter");
        owner.addValueChangeListener(e -> refresh());
        this.habits = habits;
        this.stats = stats;
        this.format = format;
        this.clock = clock;
        this.editor = new HabitEditor(habits, people, format.locale());
        setId("habits");
        Button add = new Button("Add a habit", VaadinIcon.PLUS.create(), click -> editor.open(null, everyone, this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-habit");
        showArchived.addValueChangeListener(e -> refresh());
        grid.setId("habits-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(HabitView::name).setHeader("Habit").setFlexGrow(2);
        grid.addComponentColumn(h -> PersonChip.of(h.personId() == null ? null : everyone.get(h.personId()))).setHeader("Whose")
                .setAutoWidth(true);
        grid.addColumn(h -> describe(h.schedule()) + (h.targetCount() > 1 ? ", " + h.targetCount() + "× a day" : "")).setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(h -> h.active() ? "" : "archived").setHeader("").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setWidthFull();
        HorizontalLayout top = new HorizontalLayout(add, owner, showArchived);
        top.setAlignItems(Alignment.BASELINE);
        add(top, empty, grid, details);
        refresh();
        live.subscribeWhileAttached(this, EnumSet.of(Topic.HABITS, Topic.PEOPLE), changed -> {
            if (changed.contains(Topic.PEOPLE)) {
                owner.reload();
            }
            refresh();
        });
    }

    private void refresh() {
        everyone = people.byId();
        List<HabitView> list = habits.list(showArchived.getValue() ? null : Boolean.TRUE, owner.filter());
        grid.setItems(list);
        empty.removeAll();
        if (list.isEmpty()) {
            empty.add(new EmptyState(VaadinIcon.CHECK_SQUARE_O, "No habits yet",
                    "Start with one small thing you want to do every day, like a ten-minute walk."));
        }
        HabitView selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            list.stream().filter(h -> h.id() == selected.id()).findFirst().ifPresentOrElse(this::showDetails, () -> details.removeAll());
        }
    }

    private HorizontalLayout actions(HabitView habit) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor.open(habit, everyone, this::refresh));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + habit.name());
        Button archive;
        if (habit.active()) {
            archive = new Button(VaadinIcon.ARCHIVE.create(), click -> Confirm.destructive("Archive " + habit.name() + "?",
                    "It leaves today's list; its history and streaks are kept, and you can restore it later.", "Archive", () -> {
                        if (new FieldErrors().attempt(() -> habits.archive(habit.id()))) {
                            refresh();
                        }
                    }));
            archive.setAriaLabel("Archive " + habit.name());
        } else {
            archive = new Button("Restore", click -> {
                if (new FieldErrors().attempt(() -> habits.replace(habit.id(), new HabitRequest(habit.name(), habit.description(),
                        habit.schedule(), habit.targetCount(), habit.reminderTimes(), habit.medicationId(), true, habit.personId())))) {
                    refresh();
                }
            });
        }
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, archive);
    }

    private void showDetails(HabitView habit) {
        details.removeAll();
        if (habit == null) {
            return;
        }
        HabitStats numbers = stats.stats(habit.id());
        H3 title = new H3(habit.name());
        Paragraph streaks = new Paragraph("Current streak: " + numbers.currentStreak() + " " + plural(numbers.streakUnit(), numbers.currentStreak())
                + " · longest: " + numbers.longestStreak() + " " + plural(numbers.streakUnit(), numbers.longestStreak())
                + " · done " + rate(numbers.rate7()) + " of the last 7 days, " + rate(numbers.rate30()) + " of 30, " + rate(numbers.rate90())
                + " of 90");
        streaks.setId("habit-stats");
        LocalDate today = LocalDate.now(clock);
        details.add(title, streaks, HeatMap.of(stats.history(habit.id(), today.minusWeeks(HeatMap.WEEKS).plusDays(1), today), format));
    }

    private String rate(java.math.BigDecimal rate) {
        return rate == null ? "–" : format.percent(rate.movePointRight(2));
    }

    private static String plural(String unit, int count) {
        return count == 1 ? unit : unit + "s";
    }

    private String describe(Schedule schedule) {
        if (schedule == null) {
            return "daily";
        }
        return switch (schedule.type()) {
            case DAILY -> "every day";
            case WEEKDAYS -> schedule.weekdays().stream().sorted()
                    .map(day -> day.getDisplayName(TextStyle.SHORT, format.locale())).collect(Collectors.joining(", "));
            case TIMES_PER_WEEK -> schedule.times() + "× a week";
            case TIMES_PER_MONTH -> schedule.times() + "× a month";
        };
    }
}
