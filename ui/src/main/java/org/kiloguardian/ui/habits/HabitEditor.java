package org.kiloguardian.ui.habits;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.ScheduleType;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Texts;
import org.kiloguardian.ui.common.TimesOfDayField;
import org.kiloguardian.ui.common.WeekdaysField;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.OwnerSelect;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The dialog that adds a habit or edits one: name, for whom, how often, the daily target and reminder times. */
final class HabitEditor {

    private final HabitService habits;
    private final HouseholdPeople people;
    private final Locale locale;

    HabitEditor(HabitService habits, HouseholdPeople people, Locale locale) {
        this.habits = habits;
        this.people = people;
        this.locale = locale;
    }

    /** Opens the editor for {@code existing}, or for a new habit when it is null; {@code afterSave} runs once it is saved. */
    void open(HabitView existing, Map<Long, PersonView> everyone, Runnable afterSave) {
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
        WeekdaysField weekdays = new WeekdaysField("Days", locale);
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
        TimesOfDayField reminders = new TimesOfDayField("Reminder times (HH:MM, comma separated)", "07:30, 21:00");
        type.addValueChangeListener(e -> {
            weekdays.setVisible(e.getValue() == ScheduleType.WEEKDAYS);
            times.setVisible(e.getValue() != null && e.getValue().countsPeriods());
        });
        if (existing == null) {
            type.setValue(ScheduleType.DAILY);
            target.setValue(1);
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            Schedule schedule = existing.schedule() == null ? Schedule.DAILY : existing.schedule();
            type.setValue(schedule.type());
            weekdays.setDays(schedule.weekdays());
            times.setValue(schedule.times());
            target.setValue(existing.targetCount());
            reminders.setTimes(existing.reminderTimes());
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("description", description).bind("schedule", type)
                .bind("schedule.weekdays", weekdays).bind("schedule.times", times).bind("targetCount", target)
                .bind("reminderTimes", reminders).bind("personId", forWhom);
        Button save = new Button("Save", click -> {
            Optional<List<LocalTime>> reminderTimes = reminders.times();
            if (reminderTimes.isEmpty()) {
                return;
            }
            Schedule schedule = new Schedule(type.getValue(), type.getValue() == ScheduleType.WEEKDAYS ? weekdays.days() : null,
                    type.getValue() != null && type.getValue().countsPeriods() ? times.getValue() : null);
            HabitRequest request = new HabitRequest(name.getValue(), Texts.blankToNull(description.getValue()), schedule,
                    target.getValue(), reminderTimes.get(), existing == null ? null : existing.medicationId(), null, forWhom.owner());
            if (errors.attempt(() -> {
                if (existing == null) {
                    habits.create(request);
                } else {
                    habits.replace(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Habit saved");
                afterSave.run();
            }
        });
        save.setId("habit-save");
        FormLayout form = new FormLayout(name, forWhom, description, type, weekdays, times, target, reminders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        DialogFooter.cancelAnd(dialog, save);
        dialog.setWidth("min(32em, 96vw)");
        dialog.open();
    }
}
