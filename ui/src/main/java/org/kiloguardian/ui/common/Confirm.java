package org.kiloguardian.ui.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything destructive; the action runs only on the explicit confirm button. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog destructive(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
