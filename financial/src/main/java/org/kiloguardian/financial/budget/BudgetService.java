package org.kiloguardian.financial.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.kiloguardian.financial.category.Category;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.validation.TextFormat;
import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.NotFound;

@ApplicationScoped
@Transactional
public class BudgetService {

    private final CategoryService categories;
    private final Clock clock;
    private final FinanceChanges changes;

    BudgetService(CategoryService categories, Clock clock, FinanceChanges changes) {
        this.categories = categories;
        this.clock = clock;
        this.changes = changes;
    }

    public List<BudgetView> list() {
        return Budget.<Budget>list("order by lower(category.name)").stream().map(BudgetView::of).toList();
    }

    public BudgetView get(long id) {
        return BudgetView.of(find(id));
    }

    public BudgetView create(@Valid BudgetRequest request) {
        Category category = categories.resolve(request.category());
        if (Budget.count("category", category) > 0) {
            throw new Conflict("The category " + category.name + " already has a budget; change that one.");
        }
        Budget budget = new Budget();
        budget.createdAt = Instant.now(clock);
        apply(budget, category, request);
        budget.persist();
        changes.created(Kind.BUDGET, budget.id);
        return BudgetView.of(budget);
    }

    public BudgetView update(long id, @Valid BudgetRequest request) {
        Budget budget = find(id);
        Category category = categories.resolve(request.category());
        if (Budget.count("category = ?1 and id <> ?2", category, id) > 0) {
            throw new Conflict("The category " + category.name + " already has a budget; change that one.");
        }
        apply(budget, category, request);
        changes.updated(Kind.BUDGET, budget.id);
        return BudgetView.of(budget);
    }

    public void delete(long id) {
        find(id).delete();
        changes.deleted(Kind.BUDGET, id);
    }

    Budget find(long id) {
        Budget budget = Budget.findById(id);
        if (budget == null) {
            throw new NotFound("No budget with id " + id + ".");
        }
        return budget;
    }

    private void apply(Budget budget, Category category, BudgetRequest request) {
        budget.category = category;
        budget.monthlyLimit = request.monthlyLimit();
        budget.rollover = Boolean.TRUE.equals(request.rollover());
        YearMonth start = TextFormat.month(request.startMonth());
        if (start != null) {
            budget.startsOn = start.atDay(1);
        } else if (budget.startsOn == null) {
            budget.startsOn = YearMonth.now(clock).atDay(1);
        }
    }
}
