package org.kiloguardian.ui.notifications;

import java.util.List;
import java.util.Locale;

import org.kiloguardian.notifications.channel.ChannelRequest;
import org.kiloguardian.notifications.channel.ChannelService;
import org.kiloguardian.notifications.channel.ChannelView;
import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** A person's ntfy topic, quiet hours and money alerts; offered for the people the user may set up. */
final class ChannelsDialog {

    private ChannelsDialog() {
    }

    static void open(ChannelService channels, List<PersonView> people, Caller caller, Locale locale) {
        if (people.isEmpty()) {
            Notices.error("There is nobody whose reminders you can set up.");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reminder channels");
        Select<PersonView> person = new Select<>();
        person.setLabel("For whom");
        person.setId("channels-person");
        person.setItems(people);
        person.setItemLabelGenerator(PersonView::name);
        TextField ntfyUrl = new TextField("ntfy topic URL");
        ntfyUrl.setId("channels-ntfy-url");
        ntfyUrl.setPlaceholder("https://ntfy.sh/a-long-secret-topic");
        ntfyUrl.setHelperText("The ntfy app on their phone subscribes to the same topic.");
        PasswordField ntfyToken = new PasswordField("ntfy access token (protected topics)");
        ntfyToken.setId("channels-ntfy-token");
        TimePicker quietFrom = new TimePicker("Quiet from");
        quietFrom.setId("channels-quiet-from");
        TimePicker quietTo = new TimePicker("Quiet until");
        quietTo.setId("channels-quiet-to");
        quietFrom.setLocale(locale);
        quietTo.setLocale(locale);
        Checkbox finance = new Checkbox("Bills and budget alerts");
        finance.setId("channels-finance");
        FieldErrors errors = new FieldErrors().bind("ntfyUrl", ntfyUrl).bind("ntfyToken", ntfyToken)
                .bind("quietFrom", quietFrom).bind("quietTo", quietTo);
        person.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            errors.attempt(() -> {
                ChannelView current = channels.get(caller, change.getValue().id());
                ntfyUrl.setValue(current.ntfyUrl() == null ? "" : current.ntfyUrl());
                ntfyToken.clear();
                ntfyToken.setPlaceholder(current.ntfyToken() ? "(kept; type to replace)" : "");
                quietFrom.setValue(current.quietFrom());
                quietTo.setValue(current.quietTo());
                finance.setValue(current.getsFinanceAlerts());
            });
        });
        person.setValue(people.get(0));
        Button save = new Button("Save", click -> {
            PersonView chosen = person.getValue();
            String token = ntfyToken.getValue().isBlank() ? null : ntfyToken.getValue();
            if (chosen != null && errors.attempt(() -> channels.replace(caller, chosen.id(), new ChannelRequest(ntfyUrl.getValue(), token,
                    quietFrom.getValue(), quietTo.getValue(), finance.getValue())))) {
                dialog.close();
                Notices.success("Reminder channels of " + chosen.name() + " saved");
            }
        });
        save.setId("channels-save");
        FormLayout form = new FormLayout(person, ntfyUrl, ntfyToken, quietFrom, quietTo, finance);
        form.setColspan(ntfyUrl, 2);
        dialog.add(form);
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
    }
}
