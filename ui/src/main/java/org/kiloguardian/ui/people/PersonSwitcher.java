package org.kiloguardian.ui.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** The header's "whose day": Everyone, then each active person with their colour. Sets the page's {@link PersonFocus}. */
public class PersonSwitcher extends Select<Long> {

    static final long EVERYONE = 0L;

    private final HouseholdPeople household;
    private Map<Long, PersonView> people = Map.of();
    private boolean filling;

    public PersonSwitcher(HouseholdPeople household, LiveUpdates live) {
        this.household = household;
        setId("person-switcher");
        setAriaLabel("Whose day to show");
        setItemLabelGenerator(this::label);
        setRenderer(new ComponentRenderer<>(this::item));
        getStyle().set("width", "11em").set("min-width", "0");
        addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                PersonFocus.current().select(change.getValue() == EVERYONE ? null : change.getValue());
            }
        });
        fill();
        live.subscribeWhileAttached(this, EnumSet.of(Topic.PEOPLE), changed -> fill());
    }

    /** The active people again (someone added, renamed or deactivated elsewhere). */
    private void fill() {
        filling = true;
        try {
            people = household.byId();
            List<Long> choices = new ArrayList<>();
            choices.add(EVERYONE);
            household.active().forEach(person -> choices.add(person.id()));
            Long focused = PersonFocus.current().personId();
            if (focused != null && !choices.contains(focused)) {
                PersonFocus.current().select(null); // the remembered person is gone or deactivated
                focused = null;
            }
            setItems(choices);
            setValue(focused == null ? EVERYONE : focused);
        } finally {
            filling = false;
        }
    }

    private String label(Long id) {
        PersonView person = people.get(id);
        return person == null ? "Everyone" : person.name();
    }

    private HorizontalLayout item(Long id) {
        PersonView person = people.get(id);
        HorizontalLayout line = PersonChip.choice(person, label(id));
        line.getElement().setAttribute("data-person", person == null ? "everyone" : String.valueOf(id));
        return line;
    }
}
