package org.kiloguardian.ui.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.Palette;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Refreshable;
import org.kiloguardian.ui.shell.CurrentUser;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import jakarta.enterprise.context.Dependent;

/**
 * The household's people, their logins and caregivers. Admins add, change, deactivate and remove
 * anyone; a member changes their own person's name, colour and caregivers.
 */
@Dependent
public class PeoplePanel extends VerticalLayout implements Refreshable {

    private final PersonService people;
    private final UserService accounts;
    private final HouseholdPeople household;
    private final Grid<PersonView> grid = new Grid<>(PersonView.class, false);
    private final Button add = new Button("Add a person", VaadinIcon.PLUS.create(), click -> openEditor(null));
    private Map<Long, UserView> logins = Map.of();
    private Editor viewer = new Editor(null, false);

    PeoplePanel(PersonService people, UserService accounts, HouseholdPeople household) {
        this.people = people;
        this.accounts = accounts;
        this.household = household;
        setPadding(false);
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-person");
        Paragraph about = new Paragraph("Everyone the household looks after, with or without a login of their own. "
                + "Caregivers get the person's dose reminders and missed-dose alerts on their own screens too.");
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(PersonChip::of).setHeader("Person").setAutoWidth(true);
        grid.addColumn(person -> person.userId() == null ? "–" : loginName(person.userId())).setHeader("Login").setAutoWidth(true);
        grid.addColumn(person -> person.caregiverUserIds().stream().map(this::loginName).collect(Collectors.joining(", ")))
                .setHeader("Caregivers").setFlexGrow(1);
        grid.addColumn(person -> person.active() ? "" : "deactivated").setHeader("").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(about, add, grid);
        refresh();
    }

    @Override
    public void refresh() {
        viewer = household.editor(CurrentUser.get());
        add.setVisible(viewer.admin());
        logins = accounts.list().stream().collect(Collectors.toMap(UserView::id, Function.identity()));
        grid.setItems(people.list(null));
    }

    private String loginName(Long userId) {
        UserView login = logins.get(userId);
        return login == null ? "#" + userId : login.username();
    }

    private HorizontalLayout actions(PersonView person) {
        HorizontalLayout actions = new HorizontalLayout();
        if (viewer.admin() || (viewer.userId() != null && viewer.userId().equals(person.userId()))) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(person));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel("Edit " + person.name());
            edit.setId("edit-person-" + person.id());
            actions.add(edit);
        }
        if (viewer.admin()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Remove " + person.name() + "?",
                    "Only someone without habits, medications or a login can be removed; deactivate anyone else.", "Remove", () -> {
                        if (new FieldErrors().attempt(() -> people.delete(household.editor(CurrentUser.get()), person.id()))) {
                            Notices.success(person.name() + " removed");
                            refresh();
                        }
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + person.name());
            actions.add(remove);
        }
        return actions;
    }

    private void openEditor(PersonView existing) {
        boolean admin = viewer.admin();
        List<UserView> all = accounts.list();
        Map<Long, UserView> byId = all.stream().collect(Collectors.toMap(UserView::id, Function.identity()));

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "New person" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setId("person-name");
        name.setRequired(true);
        Select<String> color = new Select<>();
        color.setLabel("Colour");
        color.setId("person-color");
        List<String> colours = new ArrayList<>(Palette.COLORS);
        if (existing != null && !colours.contains(existing.color())) {
            colours.add(existing.color());
        }
        color.setItems(colours);
        color.setItemLabelGenerator(Palette::nameOf);
        color.setRenderer(new ComponentRenderer<>(hex -> {
            HorizontalLayout swatch = new HorizontalLayout(PersonChip.dot(hex), new Span(Palette.nameOf(hex)));
            swatch.setSpacing(false);
            swatch.setAlignItems(FlexComponent.Alignment.CENTER);
            return swatch;
        }));
        ComboBox<UserView> login = new ComboBox<>("Login");
        login.setId("person-login");
        login.setItems(all);
        login.setItemLabelGenerator(account -> account.username() + " (" + account.displayName() + ")");
        login.setClearButtonVisible(true);
        login.setHelperText("Leave empty for someone without a login of their own, such as a child");
        login.setVisible(admin);
        MultiSelectComboBox<UserView> caregivers = new MultiSelectComboBox<>("Caregivers");
        caregivers.setId("person-caregivers");
        caregivers.setItems(all);
        caregivers.setItemLabelGenerator(account -> account.username() + " (" + account.displayName() + ")");
        caregivers.setHelperText("Logins that get this person's reminders too");
        Checkbox active = new Checkbox("Active");
        active.setId("person-active");
        active.setVisible(admin && existing != null);
        if (existing == null) {
            color.setValue(colours.get(0));
            active.setValue(true);
        } else {
            name.setValue(existing.name());
            color.setValue(existing.color());
            login.setValue(existing.userId() == null ? null : byId.get(existing.userId()));
            caregivers.setValue(existing.caregiverUserIds().stream().map(byId::get).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            active.setValue(existing.active());
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("color", color).bind("userId", login)
                .bind("caregiverUserIds", caregivers);
        Button save = new Button("Save", click -> {
            Editor editor = household.editor(CurrentUser.get());
            List<Long> caregiverIds = caregivers.getValue().stream().map(UserView::id).sorted().toList();
            Long userId = login.getValue() == null ? null : login.getValue().id();
            if (errors.attempt(() -> {
                if (existing == null) {
                    people.create(editor, new PersonRequest(name.getValue(), color.getValue(), userId, true, caregiverIds));
                } else {
                    ObjectNode patch = JsonNodeFactory.instance.objectNode();
                    patch.put("name", name.getValue());
                    patch.put("color", color.getValue());
                    ArrayNode ids = patch.putArray("caregiverUserIds");
                    caregiverIds.forEach(ids::add);
                    if (editor.admin()) {
                        if (userId == null) {
                            patch.putNull("userId");
                        } else {
                            patch.put("userId", userId);
                        }
                        patch.put("active", active.getValue());
                    }
                    people.patch(editor, existing.id(), patch);
                }
            })) {
                dialog.close();
                Notices.success("Saved");
                refresh();
            }
        });
        save.setId("person-save");
        FormLayout form = new FormLayout(name, color, login, caregivers, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        DialogFooter.cancelAnd(dialog, save);
        dialog.setWidth("min(30em, 96vw)");
        dialog.open();
    }
}
