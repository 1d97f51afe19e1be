package org.kiloguardian.ui.admin;

import java.util.List;

import org.kiloguardian.security.user.UserChanges;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.security.user.NewUser;
import org.kiloguardian.security.user.PasswordRules;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Refreshable;
import org.kiloguardian.ui.common.Validation;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.enterprise.context.Dependent;

/** Who may log in: add, rename, change role, reset a password, remove. */
@Dependent
public class UsersPanel extends VerticalLayout implements Refreshable {

    private final UserService accounts;
    private final Validation validation;
    private final Grid<UserView> grid = new Grid<>(UserView.class, false);

    UsersPanel(UserService accounts, Validation validation, HouseholdFormat format) {
        this.accounts = accounts;
        this.validation = validation;
        setPadding(false);
        setSizeFull();
        Button add = new Button("Add a user", VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserView::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserView::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(account -> account.role() == Role.ADMIN ? "Admin" : "Member").setHeader("Role").setAutoWidth(true);
        grid.addColumn(account -> format.dateTime(account.createdAt())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(add, grid);
    }

    @Override
    public void refresh() {
        List<UserView> all = accounts.list();
        grid.setItems(all);
    }

    private HorizontalLayout actions(UserView account) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(account));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + account.username());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive(
                "Remove " + account.username() + "?",
                account.displayName() + " will no longer be able to log in, and their API tokens stop working.",
                "Remove", () -> delete(account)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Remove " + account.username());
        return new HorizontalLayout(edit, delete);
    }

    private void delete(UserView account) {
        if (new FieldErrors().attempt(() -> accounts.delete(account.id(), CurrentUser.get().actor()))) {
            Notices.success(account.username() + " removed");
            refresh();
        }
    }

    private void openEditor(UserView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New user" : "Edit " + existing.username());
        TextField username = new TextField("Username");
        TextField displayName = new TextField("Name");
        PasswordField password = new PasswordField(existing == null ? "Password" : "New password (leave empty to keep)");
        password.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters");
        RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
        role.setItems(Role.MEMBER, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Admin (manages users)" : "Member");
        username.setId("user-username");
        displayName.setId("user-display-name");
        password.setId("user-password");
        if (existing == null) {
            role.setValue(Role.MEMBER);
            username.setRequired(true);
            password.setRequired(true);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
        }
        displayName.setRequired(true);
        FieldErrors errors = new FieldErrors().bind("username", username).bind("displayName", displayName)
                .bind("password", password).bind("role", role);
        Button save = new Button("Save", click -> {
            boolean saved = errors.attempt(() -> {
                if (existing == null) {
                    accounts.create(validation.check(new NewUser(username.getValue().strip(), displayName.getValue(),
                            password.getValue(), role.getValue())), CurrentUser.get().actor());
                } else {
                    accounts.update(existing.id(), validation.check(new UserChanges(displayName.getValue(), role.getValue(),
                            password.getValue().isEmpty() ? null : password.getValue())), CurrentUser.get().actor());
                }
            });
            if (saved) {
                dialog.close();
                Notices.success("Saved");
                refresh();
            }
        });
        save.setId("user-save");
        FormLayout form = new FormLayout(username, displayName, password, role);
        form.setMaxWidth("28em");
        dialog.add(form);
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }
}
