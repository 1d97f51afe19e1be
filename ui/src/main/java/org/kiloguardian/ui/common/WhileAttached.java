package org.kiloguardian.ui.common;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Something a component holds only while it is on a page (a live-update subscription, a listener on
 * the page's person focus): taken on each attach, given back on the next detach, so a view that is
 * left and come back to holds it again and a closed tab holds nothing.
 */
public final class WhileAttached {

    private Registration held;

    private WhileAttached() {
    }

    /** Call once (in the constructor): {@code take} runs on every attach with the component's UI. */
    public static void register(Component component, Function<UI, Registration> take) {
        WhileAttached holder = new WhileAttached();
        component.addAttachListener(attach -> holder.take(take, attach.getUI()));
        component.addDetachListener(detach -> holder.release());
        component.getUI().ifPresent(ui -> holder.take(take, ui));
    }

    private void take(Function<UI, Registration> take, UI ui) {
        release();
        held = take.apply(ui);
    }

    private void release() {
        if (held != null) {
            held.remove();
            held = null;
        }
    }
}
