package org.kiloguardian.ui.meds;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kiloguardian.meds.medication.MedicationRequest;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The dialog that adds a medication or edits one: strength and form, for whom, a schedule (set times
 * with optional weekdays, every few hours, or when needed with limits), stock and instructions.
 */
final class MedicationEditor {

    enum Kind {
        TIMES("At set times"), EVERY_HOURS("Every few hours"), AS_NEEDED("When needed");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final MedicationService medications;
    private final HouseholdPeople people;
    private final Locale locale;

    MedicationEditor(MedicationService medications, HouseholdPeople people, Locale locale) {
        this.medications = medications;
        this.people = people;
        this.locale = locale;
    }

    /** Opens the editor for {@code existing}, or for a new medication when it is null; {@code afterSave} runs once it is saved. */
    void open(MedicationView existing, Map<Long, PersonView> everyone, Runnable afterSave) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New medication" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setRequired(true);
        name.setId("med-name");
        TextField dosage = new TextField("Strength (e.g. 500 mg)");
        TextField form = new TextField("Form (tablet, capsule, ml)");
        BigDecimalField doseAmount = new BigDecimalField("Units per dose");
        RadioButtonGroup<Kind> kind = new RadioButtonGroup<>("When");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k.label);
        TimesOfDayField times = new TimesOfDayField("Times of day (HH:MM, comma separated)", "08:00, 20:00");
        times.setId("med-times");
        WeekdaysField weekdays = new WeekdaysField("Only on (leave empty for every day)", locale);
        IntegerField everyHours = new IntegerField("Every how many hours");
        IntegerField minInterval = new IntegerField("At least how many hours apart");
        IntegerField maxPerDay = new IntegerField("At most how many a day");
        BigDecimalField stock = new BigDecimalField("Stock on hand");
        stock.setId("med-stock");
        IntegerField lowStockDays = new IntegerField("Warn when fewer days of supply than");
        TextArea instructions = new TextArea("Instructions");
        TextField prescriber = new TextField("Prescriber");
        OwnerSelect forWhom = new OwnerSelect("For whom", people.active(), everyone,
                existing != null ? existing.personId() : people.own(CurrentUser.get()).map(PersonView::id).orElse(null));
        forWhom.setId("med-owner");
        kind.addValueChangeListener(e -> {
            times.setVisible(e.getValue() != Kind.AS_NEEDED);
            weekdays.setVisible(e.getValue() == Kind.TIMES);
            everyHours.setVisible(e.getValue() == Kind.EVERY_HOURS);
            minInterval.setVisible(e.getValue() == Kind.AS_NEEDED);
            maxPerDay.setVisible(e.getValue() == Kind.AS_NEEDED);
        });
        if (existing == null) {
            kind.setValue(Kind.TIMES);
            doseAmount.setValue(java.math.BigDecimal.ONE);
            lowStockDays.setValue(7);
        } else {
            name.setValue(existing.name());
            dosage.setValue(nullToEmpty(existing.dosage()));
            form.setValue(nullToEmpty(existing.form()));
            doseAmount.setValue(existing.doseAmount());
            kind.setValue(existing.asNeeded() ? Kind.AS_NEEDED : existing.everyHours() != null ? Kind.EVERY_HOURS : Kind.TIMES);
            times.setTimes(existing.times());
            weekdays.setDays(existing.weekdays());
            everyHours.setValue(existing.everyHours());
            minInterval.setValue(existing.minIntervalHours());
            maxPerDay.setValue(existing.maxPerDay());
            stock.setValue(existing.stock());
            lowStockDays.setValue(existing.lowStockDays());
            instructions.setValue(nullToEmpty(existing.instructions()));
            prescriber.setValue(nullToEmpty(existing.prescriber()));
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("dosage", dosage).bind("form", form).bind("doseAmount", doseAmount)
                .bind("times", times).bind("weekdays", weekdays).bind("everyHours", everyHours).bind("asNeeded", kind)
                .bind("minIntervalHours", minInterval).bind("maxPerDay", maxPerDay).bind("stock", stock)
                .bind("lowStockDays", lowStockDays).bind("instructions", instructions).bind("prescriber", prescriber)
                .bind("personId", forWhom);
        Button save = new Button("Save", click -> {
            Kind chosen = kind.getValue();
            List<LocalTime> parsedTimes = null;
            if (chosen != Kind.AS_NEEDED) {
                Optional<List<LocalTime>> typed = times.times();
                if (typed.isEmpty()) {
                    return;
                }
                parsedTimes = typed.get();
            }
            MedicationRequest request = new MedicationRequest(name.getValue(), Texts.blankToNull(dosage.getValue()),
                    Texts.blankToNull(form.getValue()), doseAmount.getValue(), parsedTimes,
                    chosen == Kind.TIMES ? weekdays.days() : null,
                    chosen == Kind.EVERY_HOURS ? everyHours.getValue() : null, chosen == Kind.AS_NEEDED ? Boolean.TRUE : null,
                    chosen == Kind.AS_NEEDED ? minInterval.getValue() : null, chosen == Kind.AS_NEEDED ? maxPerDay.getValue() : null,
                    existing == null ? null : existing.startDate(), existing == null ? null : existing.endDate(),
                    Texts.blankToNull(instructions.getValue()), Texts.blankToNull(prescriber.getValue()),
                    existing == null ? null : existing.notes(), stock.getValue(), lowStockDays.getValue(),
                    existing == null ? null : existing.active(), forWhom.owner());
            if (errors.attempt(() -> {
                if (existing == null) {
                    medications.create(request);
                } else {
                    medications.replace(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Medication saved");
                afterSave.run();
            }
        });
        save.setId("med-save");
        FormLayout layout = new FormLayout(name, forWhom, dosage, form, doseAmount, kind, times, weekdays, everyHours, minInterval, maxPerDay, stock,
                lowStockDays, instructions, prescriber);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(kind, 2);
        layout.setColspan(weekdays, 2);
        dialog.add(layout);
        DialogFooter.cancelAnd(dialog, save);
        dialog.setWidth("min(44em, 96vw)");
        dialog.open();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
