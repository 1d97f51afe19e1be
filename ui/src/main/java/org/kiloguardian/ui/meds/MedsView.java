package org.kiloguardian.ui.meds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.kiloguardian.meds.adherence.AdherenceReport;
import org.kiloguardian.meds.adherence.AdherenceService;
import org.kiloguardian.meds.adherence.MedicationAdherence;
import org.kiloguardian.meds.adherence.Rate;
import org.kiloguardian.meds.dose.DoseService;
import org.kiloguardian.meds.dose.DoseView;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.stock.RefillService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Rows;
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
 * Medications with whose they are (filter by owner), stock and days of supply; add ("for whom") and
 * edit with a schedule editor; refill; dose history and adherence (of the owners shown).
 */
@Route(value = "meds", layout = MainLayout.class)
@PageTitle("Meds · Kilo Guardian")
@PermitAll
public class MedsView extends VerticalLayout {

    static final int LOG_DAYS = 14;

    private final MedicationService medications;
    private final DoseService doses;
    private final RefillService refills;
    private final AdherenceService adherence;
    private final HouseholdFormat format;
    private final Clock clock;
    private final HouseholdPeople people;
    private final OwnerFilter owner;
    private final MedicationEditor editor;
    private Map<Long, PersonView> everyone = Map.of();
    private final Grid<MedicationView> grid = new Grid<>(MedicationView.class, false);
    private final Div empty = new Div();
    private final Div details = new Div();
    private final Paragraph overall = new Paragraph();

    public MedsView(MedicationService medications, DoseService doses, RefillService refills, AdherenceService adherence,
            HouseholdFormat format, LiveUpdates live, Clock clock, HouseholdPeople people) {
        this.people = people;
        this.owner = new OwnerFilter(people, PersonFocus.current());
        owner.setId("meds-owner-filter");
        owner.addValueChangeListener(e -> refresh());
        this.medications = medications;
        this.doses = doses;
        this.refills = refills;
        this.adherence = adherence;
        this.format = format;
        this.clock = clock;
        this.editor = new MedicationEditor(medications, people, format.locale());
        setId("meds");
        Button add = new Button("Add a medication", VaadinIcon.PLUS.create(), click -> editor.open(null, everyone, this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-medication");
        grid.setId("meds-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> m.name() + (m.dosage() == null ? "" : " " + m.dosage())).setHeader("Medication").setFlexGrow(2);
        grid.addComponentColumn(m -> PersonChip.of(m.personId() == null ? null : everyone.get(m.personId()))).setHeader("Whose")
                .setAutoWidth(true);
        grid.addColumn(MedicationView::frequency).setHeader("When").setAutoWidth(true);
        grid.addColumn(m -> format.number(m.stock()) + " " + (m.form() == null ? "" : m.form())).setHeader("Stock").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            String days = m.daysOfSupply() == null ? "–" : format.number(m.daysOfSupply()) + " days";
            return m.lowStock() ? new HorizontalLayout(new com.vaadin.flow.component.html.Span(days), Rows.badge("Refill soon", "warning"))
                    : new com.vaadin.flow.component.html.Span(days);
        }).setHeader("Supply").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        overall.setId("meds-adherence");
        HorizontalLayout top = new HorizontalLayout(add, owner);
        top.setAlignItems(Alignment.BASELINE);
        add(top, overall, empty, grid, details);
        refresh();
        live.subscribeWhileAttached(this, EnumSet.of(Topic.MEDS, Topic.PEOPLE), changed -> {
            if (changed.contains(Topic.PEOPLE)) {
                owner.reload();
            }
            refresh();
        });
    }

    private void refresh() {
        everyone = people.byId();
        List<MedicationView> list = medications.list(null, owner.filter());
        grid.setItems(list);
        empty.removeAll();
        if (list.isEmpty()) {
            empty.add(new EmptyState(VaadinIcon.PILL, "No medication yet",
                    "Add each medication with its dose times and the stock you have; Kilo Guardian counts it down with every dose."));
        }
        AdherenceReport report = adherence.report(LOG_DAYS, owner.filter());
        overall.setText("Doses taken on time: " + rate(report.last7Days()) + " in the last 7 days, " + rate(report.last30Days())
                + " in the last 30.");
        MedicationView selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            list.stream().filter(m -> m.id().equals(selected.id())).findFirst().ifPresentOrElse(this::showDetails, details::removeAll);
        }
    }

    private String rate(Rate rate) {
        return rate == null || rate.rate() == null ? "–" : format.percent(rate.rate().movePointRight(2)) + " (" + rate.taken() + " of "
                + rate.scheduled() + ")";
    }

    private HorizontalLayout actions(MedicationView medication) {
        Button refill = new Button("Refill", click -> RefillDialog.open(refills, medication, this::refresh));
        refill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor.open(medication, everyone, this::refresh));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + medication.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Delete " + medication.name() + "?",
                "Its dose history and refills are deleted too. To keep the history, edit it and mark it as no longer taken instead.",
                "Delete", () -> {
                    if (new FieldErrors().attempt(() -> medications.delete(medication.id()))) {
                        refresh();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + medication.name());
        return new HorizontalLayout(refill, edit, delete);
    }

    private void showDetails(MedicationView medication) {
        details.removeAll();
        if (medication == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        details.add(new H3(medication.name() + (medication.dosage() == null ? "" : " " + medication.dosage())));
        adherence.report(LOG_DAYS).medications().stream().filter(m -> m.medicationId() == medication.id()).findFirst()
                .map(MedicationAdherence::last30Days).ifPresent(rate -> details.add(new Paragraph("Last 30 days: " + rate(rate)
                        + ", " + rate.skipped() + " skipped, " + rate.missed() + " missed")));
        List<DoseView> log = doses.log(medication.id(), today.minusDays(LOG_DAYS - 1L), today);
        Grid<DoseView> history = new Grid<>(DoseView.class, false);
        history.setId("dose-log");
        history.setAllRowsVisible(true);
        history.addColumn(d -> d.scheduledAt() == null ? "extra" : format.date(d.scheduledAt().toLocalDate()) + " "
                + format.time(d.scheduledAt().toLocalTime())).setHeader("Scheduled").setAutoWidth(true);
        history.addColumn(DoseView::status).setHeader("What happened").setAutoWidth(true);
        history.addColumn(d -> d.takenAt() == null ? "" : format.time(d.takenAt().toLocalTime())).setHeader("Taken at").setAutoWidth(true);
        history.addColumn(DoseView::note).setHeader("Note").setFlexGrow(1);
        history.setItems(log.stream().sorted((a, b) -> compare(b, a)).toList());
        details.add(history);
    }

    private static int compare(DoseView a, DoseView b) {
        var left = a.scheduledAt() != null ? a.scheduledAt() : a.takenAt();
        var right = b.scheduledAt() != null ? b.scheduledAt() : b.takenAt();
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        return left.compareTo(right);
    }
}
