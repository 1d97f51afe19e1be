package org.kiloguardian.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Every editor dialog's footer: Cancel, which closes it, then its primary action. */
public final class DialogFooter {

    private DialogFooter() {
    }

    public static void cancelAnd(Dialog dialog, Button primary) {
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), primary);
    }
}
