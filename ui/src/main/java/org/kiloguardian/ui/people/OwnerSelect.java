package org.kiloguardian.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kiloguardian.people.person.PersonView;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * "For whom": one of the active people, or the household (shared). The value is a person's id; the
 * household is {@link #HOUSEHOLD}, because a Select's empty value cannot carry a label of its own.
 */
public final class OwnerSelect extends Select<Long> {

    /** The household's (shared) items. */
    public static final long HOUSEHOLD = 0L;

    private final Map<Long, PersonView> people;

    public OwnerSelect(String label, List<PersonView> active, Map<Long, PersonView> everyone, Long owner) {
        this.people = everyone;
        setLabel(label);
        List<Long> choices = new ArrayList<>();
        choices.add(HOUSEHOLD);
        active.forEach(person -> choices.add(person.id()));
        if (owner != null && !choices.contains(owner)) {
            choices.add(owner); // a deactivated owner stays selectable for the items they already have
        }
        setItems(choices);
        setItemLabelGenerator(this::label);
        setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::item));
        setValue(owner == null ? HOUSEHOLD : owner);
    }

    /** The chosen owner as the services want it: a person's id, null for the household. */
    public Long owner() {
        return getValue() == null || Objects.equals(getValue(), HOUSEHOLD) ? null : getValue();
    }

    private String label(Long id) {
        PersonView person = people.get(id);
        return person == null ? "Everyone (shared)" : person.name();
    }

    private HorizontalLayout item(Long id) {
        return PersonChip.choice(people.get(id), label(id));
    }
}
