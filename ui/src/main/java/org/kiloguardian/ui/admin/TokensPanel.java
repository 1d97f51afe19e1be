package org.kiloguardian.ui.admin;

import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.token.IssuedToken;
import org.kiloguardian.security.token.NewToken;
import org.kiloguardian.security.token.TokenService;
import org.kiloguardian.security.token.TokenView;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.enterprise.context.Dependent;

/** Everyone's API tokens (never their secrets): issue one for yourself, revoke any. */
@Dependent
public class TokensPanel extends VerticalLayout implements Refreshable {

    private final TokenService tokens;
    private final Validation validation;
    private final HouseholdFormat format;
    private final Grid<TokenView> grid = new Grid<>(TokenView.class, false);

    TokensPanel(TokenService tokens, Validation validation, HouseholdFormat format) {
        this.tokens = tokens;
        this.validation = validation;
        this.format = format;
        setPadding(false);
        setSizeFull();
        Button issue = new Button("New token for me", VaadinIcon.KEY.create(), click -> openIssuer());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("new-token");
        grid.setId("tokens-grid");
        grid.addColumn(TokenView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(TokenView::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(token -> format.dateTime(token.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.expiresAt() == null ? "never" : format.dateTime(token.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : format.dateTime(token.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addComponentColumn(this::revokeOrState).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(issue, grid);
    }

    @Override
    public void refresh() {
        grid.setItems(tokens.list(CurrentUser.get().username(), true));
    }

    private com.vaadin.flow.component.Component revokeOrState(TokenView token) {
        if (token.revokedAt() != null) {
            return new com.vaadin.flow.component.html.Span("revoked " + format.dateTime(token.revokedAt()));
        }
        Button revoke = new Button("Revoke", click -> Confirm.destructive("Revoke " + token.name() + "?",
                "Scripts using this token of " + token.owner() + " stop working at once. This cannot be undone.", "Revoke",
                () -> {
                    if (new FieldErrors().attempt(() -> tokens.revoke(token.id(), CurrentUser.get().username(), Role.ADMIN,
                            CurrentUser.get().actor()))) {
                        Notices.success("Token revoked");
                        refresh();
                    }
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void openIssuer() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New API token");
        TextField name = new TextField("What is it for?");
        name.setPlaceholder("e.g. kitchen tablet script");
        name.setRequired(true);
        IntegerField days = new IntegerField("Valid for (days, 0 = never expires)");
        days.setValue(365);
        days.setMin(0);
        days.setMax(3650);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("expiresInDays", days);
        Button create = new Button("Create", click -> {
            IssuedToken[] issued = new IssuedToken[1];
            if (errors.attempt(() -> issued[0] = tokens.issue(CurrentUser.get().username(),
                    validation.check(new NewToken(name.getValue(), days.getValue())), CurrentUser.get().actor()))) {
                dialog.close();
                showOnce(issued[0]);
                refresh();
            }
        });
        dialog.add(new FormLayout(name, days));
        DialogFooter.cancelAnd(dialog, create);
        dialog.open();
    }

    private void showOnce(IssuedToken token) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token " + token.name());
        TextField secret = new TextField("Token");
        secret.setValue(token.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("issued-token");
        dialog.add(new Paragraph("Copy it now: it is shown only this once. Use it as 'Authorization: Bearer <token>'."), secret);
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }
}
