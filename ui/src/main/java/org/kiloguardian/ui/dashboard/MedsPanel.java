package org.kiloguardian.ui.dashboard;

import java.util.List;
import java.util.Map;

import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.SkipRequest;
import org.kiloguardian.meds.dose.SnoozeRequest;
import org.kiloguardian.meds.dose.TakeRequest;
import org.kiloguardian.meds.dose.TakeResult;
import org.kiloguardian.meds.due.DueDose;
import org.kiloguardian.meds.due.DueService;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.stock.RefillService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.meds.RefillDialog;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.PersonChip;
import org.kiloguardian.ui.people.PersonFocus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/**
 * Doses due now and overdue (take, skip, snooze), and what is left of each medication: everyone's
 * with a chip naming whose, or the chosen person's with the shared ones ({@link PersonFocus}).
 */
@Dependent
public class MedsPanel extends Panel {

    static final int SNOOZE_MINUTES = 30;

    private final DueService due;
    private final DoseService doses;
    private final MedicationService medications;
    private final HouseholdFormat format;
    private final RefillService refills;
    private final HouseholdPeople people;

    MedsPanel(DueService due, DoseService doses, MedicationService medications, HouseholdFormat format, RefillService refills,
            HouseholdPeople people) {
        super("meds-due", "Medication");
        this.people = people;
        this.due = due;
        this.doses = doses;
        this.medications = medications;
        this.format = format;
        this.refills = refills;
    }

    @Override
    public void refresh() {
        body.removeAll();
        PersonFocus focus = PersonFocus.current();
        Map<Long, PersonView> everyone = people.byId();
        List<MedicationView> active = medications.list(true).stream().filter(medication -> focus.shows(medication.personId())).toList();
        if (active.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.PILL, "No medication yet",
                    "Add a medication with its dose times, and its doses show up here when they are due.", new Anchor("meds", "Add medication")));
            return;
        }
        List<DueDose> dueNow = due.dueNow().stream().filter(dose -> focus.shows(dose.personId())).toList();
        if (dueNow.isEmpty()) {
            body.add(Rows.badge("Nothing due right now", "success"));
        }
        for (DueDose dose : dueNow) {
            var row = dueRow(dose);
            if (focus.everyone() || dose.personId() == null) {
                PersonChip.besideTitle(row, PersonChip.of(dose.personId() == null ? null : everyone.get(dose.personId())));
            }
            row.getElement().setAttribute("data-person", dose.personId() == null ? "shared" : String.valueOf(dose.personId()));
            body.add(row);
        }
        H3 stock = new H3("Stock");
        stock.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-s) 0 0");
        body.add(stock);
        for (MedicationView medication : active) {
            String supply = format.number(medication.stock()) + " " + units(medication.form(), medication.stock())
                    + (medication.daysOfSupply() == null ? "" : " · " + format.number(medication.daysOfSupply()) + " days");
            var row = Rows.row("med-" + medication.id(), medication.name() + (medication.dosage() == null ? "" : " " + medication.dosage()),
                    supply);
            if (focus.everyone() || medication.personId() == null) {
                PersonChip.besideTitle(row, PersonChip.of(medication.personId() == null ? null : everyone.get(medication.personId())));
            }
            row.getElement().setAttribute("data-person", medication.personId() == null ? "shared" : String.valueOf(medication.personId()));
            if (medication.lowStock()) {
                row.addComponentAtIndex(1, Rows.badge("Refill soon", "warning"));
                Button refill = new Button("Refill", VaadinIcon.PLUS.create(), click -> RefillDialog.open(refills, medication, this::refresh));
                refill.setId("refill-med-" + medication.id());
                refill.addThemeVariants(ButtonVariant.LUMO_SMALL);
                ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) row.getComponentAt(row.getComponentCount() - 1)).add(refill);
            }
            body.add(row);
        }
    }

    private com.vaadin.flow.component.orderedlayout.HorizontalLayout dueRow(DueDose dose) {
        Button take = new Button("Take", VaadinIcon.CHECK.create(), click -> {
            TakeResult[] result = new TakeResult[1];
            if (new FieldErrors().attempt(() -> result[0] = doses.take(dose.medicationId(),
                    new TakeRequest(dose.scheduledAt(), null, null, null)))) {
                if (result[0].warning() != null) {
                    Notices.error(result[0].warning());
                } else {
                    Notices.success(dose.name() + " taken");
                }
                refresh();
            }
        });
        String key = dose.medicationId() + "-" + dose.time().replace(":", "");
        take.setId("take-med-" + key);
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setAriaLabel("Take " + dose.name());
        Button skip = new Button("Skip", click -> act(() -> doses.skip(dose.medicationId(), new SkipRequest(dose.scheduledAt(), null))));
        skip.setId("skip-med-" + key);
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button snooze = new Button(SNOOZE_MINUTES + " min", VaadinIcon.CLOCK.create(),
                click -> act(() -> doses.snooze(dose.medicationId(), new SnoozeRequest(SNOOZE_MINUTES, dose.scheduledAt()))));
        snooze.setId("snooze-med-" + key);
        snooze.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        snooze.setAriaLabel("Snooze " + dose.name() + " for " + SNOOZE_MINUTES + " minutes");
        String detail = "at " + dose.time() + (dose.doseAmount() == null ? "" : " · " + format.number(dose.doseAmount()) + " "
                + (dose.form() == null ? "" : dose.form())) + (dose.instructions() == null ? "" : " · " + dose.instructions());
        var row = Rows.row("due-" + key, dose.name() + (dose.dosage() == null ? "" : " " + dose.dosage()), detail,
                take, skip, snooze);
        if ("missed".equals(dose.status())) {
            row.addComponentAtIndex(1, Rows.badge("Missed", "error"));
        } else if (dose.overdue()) {
            row.addComponentAtIndex(1, Rows.badge("Overdue", "warning"));
        }
        return row;
    }

    /** "1 tablet", "9 tablets", "120 ml": the household reads English units here. */
    static String units(String form, java.math.BigDecimal amount) {
        if (form == null || form.isBlank()) {
            return amount.compareTo(java.math.BigDecimal.ONE) == 0 ? "unit" : "units";
        }
        boolean one = amount.compareTo(java.math.BigDecimal.ONE) == 0;
        return one || form.endsWith("s") || form.length() <= 2 ? form : form + "s";
    }

    private void act(Runnable call) {
        if (new FieldErrors().attempt(call)) {
            refresh();
        }
    }
}
