package org.kiloguardian.ui.dashboard;

import java.util.List;

import org.kiloguardian.financial.transaction.PageRequest;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.ui.common.EmptyState;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import jakarta.enterprise.context.Dependent;

/** The latest transactions of every account. */
@Dependent
public class RecentTransactionsPanel extends Panel {

    static final int SHOWN = 6;

    private final TransactionService transactions;
    private final HouseholdFormat format;

    RecentTransactionsPanel(TransactionService transactions, HouseholdFormat format) {
        super("recent-transactions", "Recent transactions");
        this.transactions = transactions;
        this.format = format;
        addHeaderAction(new Anchor("finance", "All"));
    }

    @Override
    public void refresh() {
        body.removeAll();
        List<TransactionView> latest = transactions.page(TransactionFilter.none(), PageRequest.first(SHOWN)).items();
        if (latest.isEmpty()) {
            body.add(new EmptyState(VaadinIcon.WALLET, "No transactions yet",
                    "Add what you spent today, or import a CSV statement from your bank.", new Anchor("finance", "Add a transaction")));
            return;
        }
        for (TransactionView transaction : latest) {
            Span amount = new Span(format.money(transaction.amount()));
            amount.getStyle().set("font-variant-numeric", "tabular-nums").set("font-weight", "500")
                    .set("color", transaction.amount().signum() >= 0 ? "var(--lumo-success-text-color)" : "var(--lumo-body-text-color)");
            String title = transaction.description() == null || transaction.description().isBlank()
                    ? (transaction.payee() == null ? transaction.category() : transaction.payee())
                    : transaction.description();
            body.add(Rows.row("transaction-" + transaction.id(), title,
                    format.shortDate(transaction.date()) + " · " + transaction.category() + " · " + transaction.account(), amount));
        }
    }
}
