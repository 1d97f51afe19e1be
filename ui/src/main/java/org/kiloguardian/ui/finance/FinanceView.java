package org.kiloguardian.ui.finance;

import java.util.EnumSet;

import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;
import org.kiloguardian.ui.shell.MainLayout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Household money: transactions, budgets, accounts, bills, goals, CSV import and export. */
@Route(value = "finance", layout = MainLayout.class)
@PageTitle("Finance · Kilo Guardian")
@PermitAll
public class FinanceView extends VerticalLayout {


    public FinanceView(LiveUpdates live, TransactionsTab transactions, BudgetsTab budgets, AccountsTab accounts, BillsTab bills,
            GoalsTab goals, ImportTab importTab) {
        setId("finance");
        setSizeFull();
        setPadding(true);
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Transactions", transactions);
        tabs.add("Budgets", budgets);
        tabs.add("Accounts", accounts);
        tabs.add("Bills", bills);
        tabs.add("Goals", goals);
        tabs.add("Import", importTab);
        add(tabs);
        live.subscribeWhileAttached(this, EnumSet.of(Topic.FINANCE), changed -> {
            transactions.refresh();
            budgets.refresh();
            accounts.refresh();
            bills.refresh();
            goals.refresh();
        });
    }
}
