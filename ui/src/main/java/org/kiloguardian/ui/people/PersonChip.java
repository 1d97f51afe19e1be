package org.kiloguardian.ui.people;

import org.kiloguardian.people.person.PersonView;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A person's name on their colour, beside an item of theirs; the household's items get a neutral one. */
public final class PersonChip {

    static final String HOUSEHOLD = "Household";

    private PersonChip() {
    }

    public static Span of(PersonView person) {
        return person == null ? household() : chip(person.name(), person.color(), "#ffffff");
    }

    public static Span household() {
        return chip(HOUSEHOLD, "var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)");
    }

    /** Puts the chip beside the title of a panel row ({@code Rows.row}: the title and detail are its first child). */
    public static void besideTitle(HorizontalLayout row, Span chip) {
        chip.getStyle().set("margin-left", "var(--lumo-space-s)").set("vertical-align", "middle");
        row.getComponentAt(0).getElement().insertChild(1, chip.getElement());
    }

    /** A round swatch of the person's colour, for lists where the name stands beside it anyway. */
    public static Span dot(String color) {
        Span dot = new Span();
        dot.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em").set("border-radius", "50%")
                .set("background", color).set("margin-right", "0.4em").set("vertical-align", "middle");
        dot.getElement().setAttribute("aria-hidden", "true");
        return dot;
    }

    /** A choice in a list of people: the person's colour dot (a neutral one without a person), then the label. */
    public static HorizontalLayout choice(PersonView person, String label) {
        HorizontalLayout line = new HorizontalLayout(dot(person == null ? "var(--lumo-contrast-30pct)" : person.color()), new Span(label));
        line.setSpacing(false);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        return line;
    }

    private static Span chip(String name, String background, String text) {
        Span chip = new Span(name);
        chip.addClassName("person-chip");
        // the palette's colours all carry white text at AA contrast for this bold, small text
        chip.getStyle().set("background", background).set("color", text).set("border-radius", "999px")
                .set("padding", "0 0.6em").set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                .set("white-space", "nowrap").set("line-height", "1.6").set("display", "inline-block");
        return chip;
    }
}
