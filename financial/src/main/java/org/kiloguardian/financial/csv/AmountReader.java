package org.kiloguardian.financial.csv;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads amounts the way banks print them: "-1.234,56", "1,234.56", "(12.50)", "12.50-", "€ 3,20",
 * "EUR -7.00", "1'250.00". The decimal separator is given; the other one is a thousands separator.
 * Anything else (letters, two signs, a stray separator) is not an amount.
 */
final class AmountReader {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}\\s*|\\s*[A-Z]{3}$|\\p{Sc}");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final char decimalSeparator;

    AmountReader(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    Optional<BigDecimal> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = CURRENCY.matcher(text.trim()).replaceAll("").replaceAll("[\\s\\u00A0\\u202F']", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        } else if (s.endsWith("-") && !s.startsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        char thousands = decimalSeparator == ',' ? '.' : ',';
        s = s.replace(String.valueOf(thousands), "").replace(decimalSeparator, '.');
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return Optional.of(negative ? amount.negate() : amount);
    }

    /**
     * The decimal separator these amounts use: a separator followed by other than three digits, or
     * one that occurs twice (then it separates thousands), gives it away. Undecided means '.'.
     */
    static char detectDecimalSeparator(Iterable<String> samples) {
        int comma = 0;
        int dot = 0;
        for (String sample : samples) {
            if (sample == null) {
                continue;
            }
            String s = sample.trim();
            int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
            if (last < 0) {
                continue;
            }
            char separator = s.charAt(last);
            String digitsAfter = s.substring(last + 1).replaceAll("\\D.*", "");
            boolean repeated = s.indexOf(separator) != last;
            boolean decimal = !repeated && digitsAfter.length() != 3;
            if (repeated || decimal) {
                char decimalOne = decimal ? separator : (separator == ',' ? '.' : ',');
                if (decimalOne == ',') {
                    comma++;
                } else {
                    dot++;
                }
            }
        }
        return comma > dot ? ',' : '.';
    }
}
