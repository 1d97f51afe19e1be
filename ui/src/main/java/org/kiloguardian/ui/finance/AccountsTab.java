package org.kiloguardian.ui.finance;

import org.kiloguardian.financial.account.AccountKind;
import org.kiloguardian.financial.account.AccountRequest;
import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.enterprise.context.Dependent;

/** The household's accounts and their balances. */
@Dependent
public class AccountsTab extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<AccountView> grid = new Grid<>(AccountView.class, false);

    AccountsTab(AccountService accounts, HouseholdFormat format) {
        this.accounts = accounts;
        setPadding(false);
        Button add = new Button("Add an account", VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("accounts-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(AccountView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(a -> a.kind().name().toLowerCase().replace('_', ' ')).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> format.money(a.balance())).setHeader("Balance").setAutoWidth(true);
        grid.addColumn(a -> a.lowBalanceBelow() == null ? "" : format.money(a.lowBalanceBelow())).setHeader("Warn under")
                .setAutoWidth(true);
        grid.addColumn(a -> a.defaultAccount() ? "default" : "").setHeader("").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(a));
            edit.setAriaLabel("Edit " + a.name());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Delete the account " + a.name() + "?",
                    "Only an account without transactions can be deleted.", "Delete", () -> {
                        if (new FieldErrors().attempt(() -> accounts.delete(a.id()))) {
                            refresh();
                        }
                    }));
            delete.setAriaLabel("Delete " + a.name());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setFlexGrow(0).setAutoWidth(true);
        add(add, grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(accounts.list());
    }

    private void openEditor(AccountView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New account" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        ComboBox<AccountKind> kind = new ComboBox<>("Kind");
        kind.setItems(AccountKind.values());
        kind.setItemLabelGenerator(k -> k.name().toLowerCase().replace('_', ' '));
        BigDecimalField opening = new BigDecimalField("Opening balance");
        BigDecimalField lowBalance = new BigDecimalField("Warn when the balance falls under");
        lowBalance.setId("account-low-balance");
        lowBalance.setHelperText("Leave empty for no warning");
        lowBalance.setClearButtonVisible(true);
        Checkbox isDefault = new Checkbox("New transactions go here by default");
        if (existing == null) {
            kind.setValue(AccountKind.CHECKING);
        } else {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            opening.setValue(existing.openingBalance());
            isDefault.setValue(existing.defaultAccount());
            lowBalance.setValue(existing.lowBalanceBelow());
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("kind", kind).bind("openingBalance", opening)
                .bind("lowBalanceBelow", lowBalance);
        Button save = new Button("Save", click -> {
            AccountRequest request = new AccountRequest(name.getValue(), kind.getValue(), opening.getValue(), isDefault.getValue(),
                    lowBalance.getValue());
            if (errors.attempt(() -> {
                if (existing == null) {
                    accounts.create(request);
                } else {
                    accounts.update(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Account saved");
                refresh();
            }
        });
        save.setId("account-save");
        dialog.add(new FormLayout(name, kind, opening, lowBalance, isDefault));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }
}
