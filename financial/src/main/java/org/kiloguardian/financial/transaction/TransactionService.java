package org.kiloguardian.financial.transaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountTotals;
import org.kiloguardian.financial.account.LowBalanceWatcher;
import org.kiloguardian.financial.alert.AlertChecks;
import org.kiloguardian.financial.category.Category;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.rule.RuleService;
import org.kiloguardian.financial.rule.RuleSet;
import org.kiloguardian.rest.error.NotFound;
import org.kiloguardian.rest.patch.MergePatch;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes transactions: the one place that keeps transfer pairs, categories and events consistent.
 * Its reads run in a transaction too, so a caller with a long-lived request (a test, a Vaadin
 * session) never sees stale copies of rows changed since.
 */
@ApplicationScoped
@Transactional
public class TransactionService {

    private final AccountService accounts;
    private final CategoryService categories;
    private final RuleService rules;
    private final TransactionEvents events;
    private final KeptPages pages;
    private final MergePatch mergePatch;
    private final AlertChecks alertChecks;
    private final LowBalanceWatcher lowBalance;
    private final Clock clock;

    TransactionService(AccountService accounts, CategoryService categories, RuleService rules,
            TransactionEvents events, KeptPages pages, ObjectMapper json, Validator validator, AlertChecks alertChecks,
            LowBalanceWatcher lowBalance, Clock clock) {
        this.alertChecks = alertChecks;
        this.lowBalance = lowBalance;
        this.pages = pages;
        this.mergePatch = new MergePatch(json, validator);
        this.accounts = accounts;
        this.categories = categories;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public TransactionView get(long id) {
        return view(find(id));
    }

    /**
     * One page of the filtered list with running balances and the total (see {@link Transaction#page}).
     * Read once between two changes ({@link KeptPages}), in a transaction of its own: committed rows
     * only, and none of the entities a long request's session may hold from before a change. A
     * request context of its own when the dashboard calls it from a push or an event thread.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @ActivateRequestContext
    public TransactionPage page(TransactionFilter filter, PageRequest request) {
        return pages.of(filter, request, () -> QuarkusTransaction.requiringNew().call(() -> Transaction.page(filter, request)));
    }

    /** Every matching transaction in order, one at a time, for exports (see {@link Transaction#forEach}). */
    public void forEach(TransactionFilter filter, TransactionSort sort, boolean descending, Consumer<TransactionView> sink) {
        Transaction.forEach(filter, sort, descending, sink);
    }

    /** A transaction entered by a member of the household: {@code createdBy} is their username. */
    @Transactional
    public TransactionView create(@NotNull @Valid TransactionRequest request, @NotBlank @Size(max = 64) String createdBy) {
        Transaction transaction = new Transaction();
        transaction.createdAt = Instant.now(clock);
        transaction.source = TransactionSource.MANUAL;
        transaction.createdBy = createdBy;
        fill(transaction, request);
        if (request.type() == TransactionType.TRANSFER) {
            AccountTotals.lock(List.of(transaction.account.id, request.transferAccountId()));
        }
        transaction.persist();
        if (request.type() == TransactionType.TRANSFER) {
            mirror(transaction, null, request.transferAccountId());
        }
        events.added(transaction);
        return view(transaction);
    }

    /** Writes a transaction for imports and schedules; fires {@code TransactionAdded} like any other. */
    @Transactional
    public Transaction book(Booking booking, RuleSet ruleSet) {
        Transaction transaction = new Transaction();
        transaction.createdAt = Instant.now(clock);
        transaction.updatedAt = transaction.createdAt;
        transaction.account = booking.account();
        transaction.date = booking.date();
        transaction.amount = booking.amount();
        transaction.type = TransactionType.ofSign(booking.amount());
        transaction.description = booking.description();
        transaction.payee = booking.payee();
        transaction.category = booking.category() != null ? booking.category()
                : ruleSet.categorise(booking.payee(), booking.description()).orElseGet(Category::findFallback);
        transaction.tags = booking.tags() == null ? new ArrayList<>() : new ArrayList<>(booking.tags());
        transaction.notes = booking.notes();
        transaction.source = booking.source();
        transaction.createdBy = booking.source().author();
        transaction.bankReference = booking.bankReference();
        transaction.persist();
        events.added(transaction);
        return transaction;
    }

    /** Replaces every field (PUT). A transfer changes both sides; turning it into income or expense drops the other side. */
    @Transactional
    public TransactionView update(long id, @NotNull @Valid TransactionRequest request) {
        Transaction transaction = find(id);
        Transaction peer = transaction.transferPeerId == null ? null : Transaction.findById(transaction.transferPeerId);
        AccountTotals.lock(Arrays.asList(transaction.account.id, peer == null ? null : peer.account.id,
                request.accountId() == null ? accounts.defaultAccount().id : request.accountId(),
                request.type() == TransactionType.TRANSFER ? request.transferAccountId() : null));
        // the events name the accounts the rows are in afterwards, not the ones they leave
        List<Long> before = peer == null ? List.of(transaction.account.id) : List.of(transaction.account.id, peer.account.id);
        fill(transaction, request);
        if (request.type() == TransactionType.TRANSFER) {
            mirror(transaction, peer, request.transferAccountId());
        } else if (peer != null) {
            unlinkAndDelete(transaction, peer);
        }
        events.updated(transaction);
        before.stream().filter(account -> !account.equals(transaction.account.id)).distinct().forEach(lowBalance::balanceChanged);
        return view(transaction);
    }

    /**
     * Changes only the fields present in {@code patch} (JSON merge patch, RFC 7396): the patch is
     * merged into the current values and the result is validated and written like a PUT.
     */
    @Transactional
    public TransactionView patch(long id, @NotNull JsonNode patch) {
        return update(id, mergePatch.applyTo(view(find(id)).asRequest(), patch, TransactionRequest.class));
    }

    @Transactional
    public void delete(long id) {
        deleteAll(List.of(id));
    }

    /** All or nothing: an unknown id deletes nothing. The other side of a transfer goes with it. */
    @Transactional
    public int deleteAll(@NotEmpty List<@NotNull Long> ids) {
        Set<Transaction> doomed = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Transaction transaction = find(id);
            doomed.add(transaction);
            if (transaction.transferPeerId != null) {
                Transaction peer = Transaction.findById(transaction.transferPeerId);
                if (peer != null) {
                    doomed.add(peer);
                }
            }
        }
        AccountTotals.lock(doomed.stream().map(transaction -> transaction.account.id).toList());
        doomed.forEach(transaction -> transaction.transferPeerId = null);
        Transaction.flush();
        // the alerts look at the balances once the rows are gone, not while each event is fired
        return alertChecks.atTheEnd(() -> {
            for (Transaction transaction : doomed) {
                events.deleted(transaction);
                transaction.delete();
            }
            return doomed.size();
        });
    }

    /** Categorises again with the current rules; by default only what still sits in the fallback category. */
    @Transactional
    public ReapplyResult reapplyRules(ReapplyRequest request) {
        RuleSet ruleSet = rules.ruleSet();
        boolean overwrite = request != null && Boolean.TRUE.equals(request.overwrite());
        StringBuilder query = new StringBuilder("type <> ?1");
        List<Object> parameters = new ArrayList<>(List.of(TransactionType.TRANSFER));
        if (!overwrite) {
            parameters.add(Category.findFallback());
            query.append(" and category = ?").append(parameters.size());
        }
        if (request != null && request.from() != null) {
            parameters.add(request.from());
            query.append(" and date >= ?").append(parameters.size());
        }
        if (request != null && request.to() != null) {
            parameters.add(request.to());
            query.append(" and date <= ?").append(parameters.size());
        }
        List<Transaction> candidates = Transaction.list(query.toString(), parameters.toArray());
        // a budget check after each row would flush every candidate again: checked once per category at the end
        int changed = alertChecks.atTheEnd(() -> {
            int recategorised = 0;
            for (Transaction transaction : candidates) {
                Category category = ruleSet.categorise(transaction.payee, transaction.description).orElse(null);
                if (category != null && !category.id.equals(transaction.category == null ? null : transaction.category.id)) {
                    transaction.category = category;
                    transaction.updatedAt = Instant.now(clock);
                    recategorised++;
                    events.updated(transaction);
                }
            }
            return recategorised;
        });
        return new ReapplyResult(candidates.size(), changed);
    }

    Transaction find(long id) {
        Transaction transaction = Transaction.findById(id);
        if (transaction == null) {
            throw new NotFound("No transaction with id " + id + ".");
        }
        return transaction;
    }

    TransactionView view(Transaction transaction) {
        Long transferAccountId = null;
        if (transaction.transferPeerId != null) {
            Transaction peer = Transaction.findById(transaction.transferPeerId);
            transferAccountId = peer == null ? null : peer.account.id;
        }
        return TransactionView.of(transaction, transferAccountId, null);
    }

    private void fill(Transaction transaction, TransactionRequest request) {
        transaction.account = request.accountId() == null ? accounts.defaultAccount() : accounts.find(request.accountId());
        transaction.date = request.date() == null ? LocalDate.now(clock) : request.date();
        transaction.amount = request.amount();
        transaction.type = request.type() == TransactionType.TRANSFER ? TransactionType.TRANSFER
                : TransactionType.ofSign(request.amount());
        transaction.description = trimmed(request.description());
        transaction.payee = trimmed(request.payee());
        transaction.tags = request.tags() == null ? new ArrayList<>()
                : new ArrayList<>(request.tags().stream().map(String::trim).distinct().toList());
        transaction.notes = trimmed(request.notes());
        transaction.bankReference = trimmed(request.bankReference());
        transaction.updatedAt = Instant.now(clock);
        if (transaction.type == TransactionType.TRANSFER) {
            transaction.category = null;
        } else if (request.category() != null && !request.category().isBlank()) {
            transaction.category = categories.resolve(request.category());
        } else {
            transaction.category = rules.categorise(transaction.payee, transaction.description)
                    .orElseGet(Category::findFallback);
        }
    }

    /** Makes {@code peer} (new when null) the mirror image of {@code transaction} in the other account. */
    private void mirror(Transaction transaction, Transaction peer, long otherAccountId) {
        boolean fresh = peer == null;
        if (fresh) {
            peer = new Transaction();
            peer.createdAt = Instant.now(clock);
        }
        Account other = accounts.find(otherAccountId);
        peer.account = other;
        peer.date = transaction.date;
        peer.amount = transaction.amount.negate();
        peer.type = TransactionType.TRANSFER;
        peer.description = transaction.description;
        peer.payee = transaction.payee;
        peer.category = null;
        peer.tags = new ArrayList<>(transaction.tags);
        peer.notes = transaction.notes;
        peer.source = transaction.source;
        peer.createdBy = transaction.createdBy;
        peer.updatedAt = Instant.now(clock);
        if (fresh) {
            peer.persist();
            peer.transferPeerId = transaction.id;
            transaction.transferPeerId = peer.id;
            events.added(peer);
        } else {
            events.updated(peer);
        }
    }

    private void unlinkAndDelete(Transaction transaction, Transaction peer) {
        transaction.transferPeerId = null;
        peer.transferPeerId = null;
        Transaction.flush();
        events.deleted(peer);
        peer.delete();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
