package org.kiloguardian.financial.rule;

import java.util.regex.PatternSyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CompilablePatternValidator implements ConstraintValidator<CompilablePattern, RuleRequest> {

    @Override
    public boolean isValid(RuleRequest rule, ConstraintValidatorContext context) {
        if (rule == null || rule.operator() != RuleOperator.MATCHES || rule.pattern() == null) {
            return true;
        }
        try {
            RuleMatcher.compile(rule.pattern());
            return true;
        } catch (PatternSyntaxException e) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("pattern").addConstraintViolation();
            return false;
        }
    }
}
