package org.kiloguardian.ui.notifications;

import java.util.Locale;
import java.util.Optional;

import org.kiloguardian.notifications.channel.ChannelService;
import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.outbox.TestMessages;
import org.kiloguardian.notifications.vapid.VapidKeyStore;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.common.Panel;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.shell.CurrentUser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import jakarta.enterprise.context.Dependent;

/**
 * Reminders that reach people with the app closed (docs/notifications.md): "Notify me on this
 * device" subscribes this browser for the logged-in user, "Send a test" sends one to their devices
 * and ntfy topic, "Reminder channels" sets a person's ntfy topic, quiet hours and money alerts.
 */
@Dependent
public class PhoneRemindersPanel extends Panel {

    private final VapidKeyStore keys;
    private final TestMessages tests;
    private final ChannelService channels;
    private final ReminderPeople people;
    private final HouseholdFormat format;
    private final Paragraph state = new Paragraph();

    PhoneRemindersPanel(VapidKeyStore keys, TestMessages tests, ChannelService channels, ReminderPeople people,
            HouseholdFormat format) {
        super("phone-reminders", "Reminders on phones");
        this.keys = keys;
        this.tests = tests;
        this.channels = channels;
        this.people = people;
        this.format = format;
        state.setId("device-state");
        state.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        DeviceSubscription.state(event.getUI(), this::show);
    }

    @Override
    public void refresh() {
        body.removeAll();
        Button notifyMe = new Button("Notify me on this device", VaadinIcon.BELL.create(),
                click -> DeviceSubscription.subscribe(UI.getCurrent(), keys.publicKey(), this::subscribed));
        notifyMe.setId("notify-me");
        notifyMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button test = new Button("Send a test", VaadinIcon.PAPERPLANE.create(), click -> sendTest());
        test.setId("send-test");
        Button setUp = new Button("Reminder channels", VaadinIcon.COG.create(),
                click -> caller().ifPresent(caller -> ChannelsDialog.open(channels, people.manageable(caller), caller, format.locale())));
        setUp.setId("reminder-channels");
        setUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout buttons = new FlexLayout(notifyMe, test, setUp);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        body.add(state, buttons);
    }

    private void subscribed(DeviceSubscription.State result) {
        show(result);
        if (result == DeviceSubscription.State.SUBSCRIBED) {
            Notices.success("This device gets reminders now");
        }
    }

    private void show(DeviceSubscription.State current) {
        state.setText(current.text);
        state.getElement().setAttribute("data-state", current.name().toLowerCase(Locale.ROOT));
    }

    private void sendTest() {
        caller().ifPresent(caller -> new FieldErrors().attempt(() -> {
            int sent = tests.sendTo(caller);
            if (sent == 0) {
                Notices.error("Nothing to send to yet: tap \"Notify me on this device\", or set an ntfy topic under Reminder channels.");
            } else {
                Notices.success("Test sent to " + sent + (sent == 1 ? " channel" : " channels"));
            }
        }));
    }

    private Optional<Caller> caller() {
        return people.caller(CurrentUser.get());
    }
}
