package org.kiloguardian.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.rest.PersonFilter;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * Whose items a list shows: everyone's, the household's shared ones, or one person's (exactly, as
 * {@code ?person=} reads). Starts at the person the header shows.
 */
public final class OwnerFilter extends Select<String> {

    static final String EVERYONE = "everyone";
    static final String SHARED = "shared";

    private final HouseholdPeople household;
    private Map<Long, PersonView> people = Map.of();

    public OwnerFilter(HouseholdPeople household, PersonFocus focus) {
        this.household = household;
        setLabel("Whose");
        setItemLabelGenerator(this::label);
        setRenderer(new ComponentRenderer<>(this::item));
        reload();
        setValue(focus.everyone() || !people.containsKey(focus.personId()) ? EVERYONE : String.valueOf(focus.personId()));
    }

    /** The active people again; the choice stays if it still exists. */
    public void reload() {
        String chosen = getValue();
        people = household.byId();
        List<String> choices = new ArrayList<>(List.of(EVERYONE, SHARED));
        household.active().forEach(person -> choices.add(String.valueOf(person.id())));
        setItems(choices);
        setValue(chosen != null && choices.contains(chosen) ? chosen : EVERYONE);
    }

    public PersonFilter filter() {
        String value = getValue();
        if (value == null || EVERYONE.equals(value)) {
            return PersonFilter.everyone();
        }
        return SHARED.equals(value) ? PersonFilter.shared() : PersonFilter.of(Long.parseLong(value));
    }

    private String label(String value) {
        if (EVERYONE.equals(value)) {
            return "Everyone";
        }
        if (SHARED.equals(value)) {
            return "Household (shared)";
        }
        PersonView person = people.get(Long.parseLong(value));
        return person == null ? value : person.name();
    }

    private HorizontalLayout item(String value) {
        PersonView person = EVERYONE.equals(value) || SHARED.equals(value) ? null : people.get(Long.parseLong(value));
        HorizontalLayout line = new HorizontalLayout(PersonChip.dot(person == null ? "var(--lumo-contrast-30pct)" : person.color()),
                new Span(label(value)));
        line.setSpacing(false);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        return line;
    }
}
