package org.kiloguardian.financial.rule;

public record RuleView(Long id, RuleField field, RuleOperator operator, String pattern, String category, int priority) {

    static RuleView of(CategorisationRule rule) {
        return new RuleView(rule.id, rule.field, rule.operator, rule.pattern, rule.category.name, rule.priority);
    }
}
