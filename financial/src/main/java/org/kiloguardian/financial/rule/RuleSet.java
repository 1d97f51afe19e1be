package org.kiloguardian.financial.rule;

import java.util.List;
import java.util.Optional;

import org.kiloguardian.financial.category.Category;

/** The rules in the order they are tried; take one per batch (an import) rather than per row. */
public final class RuleSet {

    private final List<RuleMatcher> matchers;

    RuleSet(List<RuleMatcher> matchers) {
        this.matchers = matchers;
    }

    public Optional<Category> categorise(String payee, String description) {
        return matchers.stream()
                .filter(matcher -> matcher.matches(payee, description))
                .map(RuleMatcher::category)
                .findFirst();
    }
}
