package org.kiloguardian.financial.rule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.kiloguardian.financial.category.Category;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.NotFound;

@ApplicationScoped
@Transactional
public class RuleService {

    private static final int DEFAULT_PRIORITY = 100;

    private final CategoryService categories;
    private final Clock clock;
    private final FinanceChanges changes;

    RuleService(CategoryService categories, Clock clock, FinanceChanges changes) {
        this.categories = categories;
        this.clock = clock;
        this.changes = changes;
    }

    public List<RuleView> list() {
        return CategorisationRule.<CategorisationRule>list("order by priority, id").stream().map(RuleView::of).toList();
    }

    public RuleView get(long id) {
        return RuleView.of(find(id));
    }

    /** The current rules, compiled, in the order they are tried. */
    public RuleSet ruleSet() {
        return new RuleSet(CategorisationRule.<CategorisationRule>list("order by priority, id").stream()
                .map(RuleMatcher::of).toList());
    }

    public Optional<Category> categorise(String payee, String description) {
        return ruleSet().categorise(payee, description);
    }

    @Transactional
    public RuleView create(@Valid RuleRequest request) {
        CategorisationRule rule = new CategorisationRule();
        rule.createdAt = Instant.now(clock);
        apply(rule, request);
        rule.persist();
        changes.created(Kind.RULE, rule.id);
        return RuleView.of(rule);
    }

    @Transactional
    public RuleView update(long id, @Valid RuleRequest request) {
        CategorisationRule rule = find(id);
        apply(rule, request);
        changes.updated(Kind.RULE, rule.id);
        return RuleView.of(rule);
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
        changes.deleted(Kind.RULE, id);
    }

    private void apply(CategorisationRule rule, RuleRequest request) {
        rule.field = request.field();
        rule.operator = request.operator();
        rule.pattern = request.pattern().trim();
        rule.category = categories.resolve(request.category());
        rule.priority = request.priority() == null ? DEFAULT_PRIORITY : request.priority();
    }

    private static CategorisationRule find(long id) {
        CategorisationRule rule = CategorisationRule.findById(id);
        if (rule == null) {
            throw new NotFound("No rule with id " + id + ".");
        }
        return rule;
    }
}
