package org.kiloguardian.people.person;

import java.util.Collection;
import java.util.List;

/**
 * The colours a new person gets when none is chosen: eight that tell apart on a light and a dark
 * page and for the common colour-vision deficiencies (names are always shown beside them).
 */
public final class Palette {

    public static final List<String> COLORS = List.of("#1e88e5", "#d81b60", "#43a047", "#fb8c00", "#8e24aa", "#00897b",
            "#6d4c41", "#546e7a");
    private static final List<String> NAMES = List.of("Blue", "Pink", "Green", "Orange", "Purple", "Teal", "Brown", "Slate");

    private Palette() {
    }

    /** "Blue" for a palette colour, the code itself for any other. */
    public static String nameOf(String color) {
        int index = COLORS.indexOf(color == null ? "" : color.toLowerCase(java.util.Locale.ROOT));
        return index < 0 ? color : NAMES.get(index);
    }

    /** The first colour nobody uses yet, else the least used one. */
    static String next(Collection<String> inUse) {
        return COLORS.stream()
                .min(java.util.Comparator.comparingLong(color -> inUse.stream().filter(color::equalsIgnoreCase).count()))
                .orElseThrow();
    }
}
