package org.kiloguardian.ui.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountView;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.category.CategoryView;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionType;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Texts;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** The dialog that adds a transaction or edits one; an empty category is left to the rules. */
final class TransactionEditor {

    private final TransactionService transactions;
    private final AccountService accounts;
    private final CategoryService categories;
    private final HouseholdFormat format;
    private final Clock clock;

    TransactionEditor(TransactionService transactions, AccountService accounts, CategoryService categories, HouseholdFormat format,
            Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.categories = categories;
        this.format = format;
        this.clock = clock;
    }

    /** Opens the editor for {@code existing}, or for a new transaction when it is null; {@code afterSave} runs once it is saved. */
    void open(TransactionView existing, Runnable afterSave) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New transaction" : "Edit transaction");
        BigDecimalField amount = new BigDecimalField("Amount (negative = money out)");
        amount.setId("tx-amount");
        amount.setRequiredIndicatorVisible(true);
        TextField description = new TextField("Description");
        description.setId("tx-description");
        TextField payee = new TextField("Payee");
        ComboBox<String> txCategory = new ComboBox<>("Category");
        txCategory.setId("tx-category");
        txCategory.setItems(categories.list().stream().map(CategoryView::name).toList());
        txCategory.setHelperText("Leave empty to let the rules choose");
        ComboBox<AccountView> txAccount = new ComboBox<>("Account");
        List<AccountView> all = accounts.list();
        txAccount.setItems(all);
        txAccount.setItemLabelGenerator(AccountView::name);
        DatePicker date = new DatePicker("Date");
        date.setLocale(format.locale());
        date.setMin(StorableDates.FIRST); // the service refuses the rest; the picker marks it at once
        date.setMax(StorableDates.LAST);
        date.setId("tx-date");
        TextField notes = new TextField("Notes");
        if (existing == null) {
            date.setValue(LocalDate.now(clock));
            all.stream().filter(AccountView::defaultAccount).findFirst().ifPresent(txAccount::setValue);
        } else {
            amount.setValue(existing.amount());
            description.setValue(Optional.ofNullable(existing.description()).orElse(""));
            payee.setValue(Optional.ofNullable(existing.payee()).orElse(""));
            txCategory.setValue(existing.category());
            all.stream().filter(a -> a.id().equals(existing.accountId())).findFirst().ifPresent(txAccount::setValue);
            date.setValue(existing.date());
            notes.setValue(Optional.ofNullable(existing.notes()).orElse(""));
        }
        FieldErrors errors = new FieldErrors().bind("amount", amount).bind("description", description).bind("payee", payee)
                .bind("category", txCategory).bind("accountId", txAccount).bind("date", date).bind("notes", notes)
                .bind("type", amount);
        Button save = new Button("Save", click -> {
            TransactionRequest request = new TransactionRequest(
                    Optional.ofNullable(txAccount.getValue()).map(AccountView::id).orElse(null), date.getValue(), amount.getValue(),
                    existing != null && existing.type() == TransactionType.TRANSFER ? TransactionType.TRANSFER : null,
                    Texts.blankToNull(description.getValue()), Texts.blankToNull(payee.getValue()), txCategory.getValue(),
                    existing == null ? null : existing.tags(), Texts.blankToNull(notes.getValue()),
                    existing == null ? null : existing.transferAccountId(), existing == null ? null : existing.bankReference());
            if (errors.attempt(() -> {
                if (existing == null) {
                    transactions.create(request, CurrentUser.get().username());
                } else {
                    transactions.update(existing.id(), request);
                }
            })) {
                dialog.close();
                Notices.success("Saved");
                afterSave.run();
            }
        });
        save.setId("tx-save");
        FormLayout form = new FormLayout(amount, description, payee, txCategory, txAccount, date, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        dialog.add(form);
        DialogFooter.cancelAnd(dialog, save);
        dialog.setWidth("min(40em, 96vw)");
        dialog.open();
        amount.focus();
    }
}
