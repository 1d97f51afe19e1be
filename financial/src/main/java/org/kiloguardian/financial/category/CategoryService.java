package org.kiloguardian.financial.category;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.NotFound;

@ApplicationScoped
@Transactional
public class CategoryService {

    /** For the bulk move of transactions (package transaction, which depends on this one): JPQL, not an import cycle. */
    private final EntityManager em;
    private final Clock clock;
    private final FinanceChanges changes;

    CategoryService(EntityManager em, Clock clock, FinanceChanges changes) {
        this.em = em;
        this.clock = clock;
        this.changes = changes;
    }

    public List<CategoryView> list() {
        return Category.<Category>list("order by lower(name)").stream().map(CategoryView::of).toList();
    }

    public CategoryView get(long id) {
        return CategoryView.of(find(id));
    }

    /** The category of that name ignoring case; callers validate the name with {@link KnownCategory} first. */
    public Category resolve(String name) {
        return Category.findByNameIgnoreCase(name)
                .orElseThrow(() -> new NotFound("No category named " + name + "."));
    }

    public Category find(long id) {
        Category category = Category.findById(id);
        if (category == null) {
            throw new NotFound("No category with id " + id + ".");
        }
        return category;
    }

    @Transactional
    public CategoryView create(@Valid CategoryRequest request) {
        rejectTakenName(request.name(), null);
        Category category = new Category();
        category.name = request.name().trim();
        category.createdAt = Instant.now(clock);
        category.persist();
        changes.created(Kind.CATEGORY, category.id);
        return CategoryView.of(category);
    }

    /** Renaming keeps every transaction, budget and rule: they point at the category, not at its name. */
    @Transactional
    public CategoryView rename(long id, @Valid CategoryRequest request) {
        Category category = find(id);
        rejectTakenName(request.name(), category.id);
        category.name = request.name().trim();
        changes.updated(Kind.CATEGORY, category.id);
        return CategoryView.of(category);
    }

    /** Its transactions fall back to the fallback category; its budget and rules go with it. */
    @Transactional
    public void delete(long id) {
        Category category = find(id);
        if (category.fallback) {
            throw new Conflict("The fallback category " + category.name + " cannot be deleted.");
        }
        em.createQuery("update Transaction t set t.category = ?1 where t.category = ?2")
                .setParameter(1, Category.findFallback()).setParameter(2, category).executeUpdate();
        category.delete();
        changes.deleted(Kind.CATEGORY, id);
    }

    private static void rejectTakenName(String name, Long ownId) {
        Category.findByNameIgnoreCase(name)
                .filter(other -> !other.id.equals(ownId))
                .ifPresent(other -> {
                    throw new Conflict("A category named " + other.name + " already exists.");
                });
    }
}
