package org.kiloguardian.ui.common;

/** What an empty form field means to a service: nothing, not an empty string. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
