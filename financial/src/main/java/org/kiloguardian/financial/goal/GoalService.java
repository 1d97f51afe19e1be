package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.financial.event.FinanceChanges;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.rest.error.NotFound;

@ApplicationScoped
@Transactional
public class GoalService {

    /** For the sums of contributions: Panache queries return entities, not aggregates. */
    private final EntityManager em;
    private final Clock clock;
    private final FinanceChanges changes;

    GoalService(EntityManager em, Clock clock, FinanceChanges changes) {
        this.em = em;
        this.clock = clock;
        this.changes = changes;
    }

    public List<GoalView> list() {
        Map<Long, BigDecimal> saved = new HashMap<>();
        em.createQuery("select c.goal.id, sum(c.amount) from Contribution c group by c.goal.id", Object[].class)
                .getResultList().forEach(row -> saved.put((Long) row[0], (BigDecimal) row[1]));
        return Goal.<Goal>list("order by deadline nulls last, lower(name)").stream()
                .map(goal -> GoalView.of(goal, saved.get(goal.id))).toList();
    }

    public GoalView get(long id) {
        return view(find(id));
    }

    public GoalView create(@NotNull @Valid GoalRequest request) {
        Goal goal = new Goal();
        goal.createdAt = Instant.now(clock);
        apply(goal, request);
        goal.persist();
        adjustSaved(goal, request.savedAmount());
        changes.created(Kind.GOAL, goal.id);
        return view(goal);
    }

    public GoalView update(long id, @NotNull @Valid GoalRequest request) {
        Goal goal = find(id);
        apply(goal, request);
        adjustSaved(goal, request.savedAmount());
        changes.updated(Kind.GOAL, goal.id);
        return view(goal);
    }

    public void delete(long id) {
        find(id).delete();
        changes.deleted(Kind.GOAL, id);
    }

    public List<ContributionView> contributions(long goalId) {
        return Contribution.<Contribution>list("goal = ?1 order by date desc, id desc", find(goalId)).stream()
                .map(ContributionView::of).toList();
    }

    /** Taking out more than was saved is refused: a goal never holds a negative amount. */
    public ContributionView contribute(long goalId, @NotNull @Valid ContributionRequest request) {
        Goal goal = find(goalId);
        if (request.amount().signum() == 0) {
            throw new InvalidInput("amount", "must not be zero.");
        }
        if (saved(goal).add(request.amount()).signum() < 0) {
            throw new InvalidInput("amount", "takes out more than the goal holds.");
        }
        Contribution contribution = record(goal, request.amount(), request.date(), request.note());
        changes.created(Kind.GOAL_CONTRIBUTION, contribution.id);
        return ContributionView.of(contribution);
    }

    public void deleteContribution(long goalId, long contributionId) {
        Contribution contribution = Contribution.findById(contributionId);
        if (contribution == null || !contribution.goal.id.equals(goalId)) {
            throw new NotFound("No contribution " + contributionId + " to goal " + goalId + ".");
        }
        contribution.delete();
        changes.deleted(Kind.GOAL_CONTRIBUTION, contributionId);
    }

    private void adjustSaved(Goal goal, BigDecimal wanted) {
        if (wanted == null) {
            return;
        }
        BigDecimal difference = wanted.subtract(saved(goal));
        if (difference.signum() != 0) {
            record(goal, difference, null, "adjusted to " + wanted.toPlainString());
        }
    }

    private Contribution record(Goal goal, BigDecimal amount, LocalDate date, String note) {
        Contribution contribution = new Contribution();
        contribution.goal = goal;
        contribution.amount = amount;
        contribution.date = date != null ? date : LocalDate.now(clock);
        contribution.note = note;
        contribution.createdAt = Instant.now(clock);
        contribution.persist();
        return contribution;
    }

    private BigDecimal saved(Goal goal) {
        BigDecimal sum = em.createQuery("select sum(c.amount) from Contribution c where c.goal = ?1", BigDecimal.class)
                .setParameter(1, goal).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private GoalView view(Goal goal) {
        return GoalView.of(goal, saved(goal));
    }

    private static void apply(Goal goal, GoalRequest request) {
        goal.name = request.name().trim();
        goal.targetAmount = request.targetAmount();
        goal.deadline = request.deadline();
    }

    private static Goal find(long id) {
        Goal goal = Goal.findById(id);
        if (goal == null) {
            throw new NotFound("No goal with id " + id + ".");
        }
        return goal;
    }
}
