package org.kiloguardian.financial.rule;

import java.util.Locale;
import java.util.regex.Pattern;

import org.kiloguardian.financial.category.Category;

/** One rule, ready to test many transactions: case folded or compiled once. */
record RuleMatcher(RuleField field, Pattern regex, String needle, Category category) {

    static Pattern compile(String pattern) {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static RuleMatcher of(CategorisationRule rule) {
        return rule.operator == RuleOperator.MATCHES
                ? new RuleMatcher(rule.field, compile(rule.pattern), null, rule.category)
                : new RuleMatcher(rule.field, null, fold(rule.pattern), rule.category);
    }

    boolean matches(String payee, String description) {
        return switch (field) {
            case PAYEE -> test(payee);
            case DESCRIPTION -> test(description);
            case ANY -> test(payee) || test(description);
        };
    }

    private boolean test(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return regex != null ? regex.matcher(text).find() : fold(text).contains(needle);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
