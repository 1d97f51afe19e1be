package org.kiloguardian.ui.habits;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.ScheduleType;
import org.kiloguardian.habits.stats.HabitStats;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Texts;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.OwnerFilter;
import org.kiloguardian.ui.people.OwnerSelect;
import org.kiloguardian.ui.people.PersonChip;
import org.kiloguardian.ui.people.PersonFocus;
import org.kiloguardian.ui.shell.CurrentUser;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

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
    private final LiveUpdates live;
    private final Clock clock;
    private final HouseholdPeople people;
    private final OwnerFilter owner;
    private Map<Long, PersonView> everyone = Map.of();
    private final Grid<HabitView> grid = new Grid<>(HabitView.class, false);
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Div details = new Div();
    private final Div empty = new Div();
    private Registration subscription;

    public HabitsView(HabitService habits, HabitStatsService stats, HouseholdFormat format, LiveUpdates live, Clock clock,
            HouseholdPeople people) {
        this.people = people;
        this.owner = new OwnerFilter(people, PersonFocus.current());
        owner.setId("habits-owner-filter");
        owner.addValueChangeListener(e -> refresh());
        this.habits = habits;
        this.stats = stats;
        this.format = format;
        this.live = live;
        this.clock = clock;
        setId("habits");
        Button add = new Button("Add a habit", VaadinIcon.PLUS.create(), click -> openEditor(null));
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
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        subscription = live.subscribe(event.getUI(), EnumSet.of(Topic.HABITS, Topic.PEOPLE), changed -> {
            if (changed.contains(Topic.PEOPLE)) {
                owner.reload();
            }
            refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
        super.onDetach(event);
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
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(habit));
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

    private void openEditor(HabitView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New habit" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setId("habit-name");
        name.setRequired(true);
        TextArea description = new TextArea("Description");
        RadioButtonGroup<ScheduleType> type = new RadioButtonGroup<>("How often");
        type.setItems(ScheduleType.values());
        type.setItemLabelGenerator(t -> switch (t) {
            case DAILY -> "Every day";
            case WEEKDAYS -> "On certain days";
            case TIMES_PER_WEEK -> "A number of times a week";
            case TIMES_PER_MONTH -> "A number of times a month";
        });
        CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Days");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, format.locale()));
        IntegerField times = new IntegerField("Times");
        times.setMin(1);
        times.setMax(31);
        times.setStepButtonsVisible(true);
        IntegerField target = new IntegerField("Times a day that make the day done");
        target.setMin(1);
        target.setMax(100);
        target.setStepButtonsVisible(true);
        OwnerSelect forWhom = new OwnerSelect("For whom", people.active(), everyone,
                existing != null ? existing.personId() : people.own(CurrentUser.get()).map(PersonView::id).orElse(null));
        forWhom.setId("habit-owner");
        TextField reminders = new TextField("Reminder times (HH:MM, comma separated)");
        reminders.setPlaceholder("07:30, 21:00");
        type.addValueChangeListener(e -> {
            weekdays.setVisible(e.getValue() == ScheduleType.WEEKDAYS);
            times.setVisible(e.getValue() == ScheduleType.TIMES_PER_WEEK || e.getValue() == ScheduleType.TIMES_PER_MONTH);
        });
        if (existing == null) {
            type.setValue(ScheduleType.DAILY);
            target.setValue(1);
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            Schedule schedule = existing.schedule() == null ? Schedule.DAILY : existing.schedule();
            type.setValue(schedule.type());
            if (schedule.weekdays() != null) {
                weekdays.setValue(schedule.weekdays());
            }
            times.setValue(schedule.times());
            target.setValue(existing.targetCount());
            reminders.setValue(existing.reminderTimes().stream().map(LocalTime::toString).collect(Collectors.joining(", ")));
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("description", description).bind("schedule", type)
                .bind("schedule.weekdays", weekdays).bind("schedule.times", times).bind("targetCount", target)
                .bind("reminderTimes", reminders).bind("personId", forWhom);
        Button save = new Button("Save", click -> {
            List<LocalTime> reminderTimes;
            try {
                reminderTimes = TimeList.parse(reminders.getValue());
            } catch (java.time.format.DateTimeParseException e) {
                reminders.setErrorMessage("Write times as HH:MM, e.g. 07:30, 21:00");
                reminders.setInvalid(true);
                return;
            }
            Set<DayOfWeek> days = weekdays.getValue().isEmpty() ? null : EnumSet.copyOf(weekdays.getValue());
            Schedule schedule = new Schedule(type.getValue(), type.getValue() == ScheduleType.WEEKDAYS ? days : null,
                    type.getValue() == ScheduleType.TIMES_PER_WEEK || type.getValue() == ScheduleType.TIMES_PER_MONTH ? times.getValue() : null);
            HabitRequest request = new HabitRequest(name.getValue(), Texts.blankToNull(description.getValue()), schedule,
                    target.getValue(), reminderTimes, existing == null ? null : existing.medicationId(), null, forWhom.owner());
            if (errors.attempt(() -> {
                if (existing == null) {
                    habits.create(request);
                } else {
                    habits.replace(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Habit saved");
                refresh();
            }
        });
        save.setId("habit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, forWhom, description, type, weekdays, times, target, reminders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.setWidth("min(32em, 96vw)");
        dialog.open();
    }


}
