package org.kiloguardian.financial.csv;

import java.util.regex.Pattern;

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with {@code = + - @}, or with a tab or
 * carriage return (which some of them skip), as a formula. The export writes such a text cell with a
 * leading {@code '}, which spreadsheets show as text; the import of our own export takes exactly that
 * {@code '} off again.
 *
 * <p>A cell gets the {@code '} when it starts with any number of {@code '} and then one of those
 * characters ({@code =1} → {@code '=1}, {@code '=1} → {@code ''=1}), and reading takes one off a
 * cell that starts with at least one {@code '} and then one of them. So every text survives the
 * round trip, and a text like {@code 'Sparen} is never touched.
 */
final class FormulaEscape {

    private static final String FORMULA_START = "[=+\\-@\t\r]";
    private static final Pattern NEEDS_QUOTE = Pattern.compile("'*" + FORMULA_START);
    private static final Pattern QUOTED = Pattern.compile("'+" + FORMULA_START);

    private FormulaEscape() {
    }

    /** The text as the export writes it into a text cell. */
    static String escape(String text) {
        return text != null && NEEDS_QUOTE.matcher(text).lookingAt() ? "'" + text : text;
    }

    /** The text of a cell the export wrote with {@link #escape}. */
    static String unescape(String cell) {
        return cell != null && QUOTED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }
}
