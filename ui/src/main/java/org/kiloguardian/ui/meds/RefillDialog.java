package org.kiloguardian.ui.meds;

import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.stock.RefillRequest;
import org.kiloguardian.meds.stock.RefillService;
import org.kiloguardian.ui.common.DialogFooter;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** Adds a new pack to a medication's stock. */
public final class RefillDialog {

    private RefillDialog() {
    }

    public static void open(RefillService refills, MedicationView medication, Runnable afterwards) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Refill " + medication.name());
        BigDecimalField quantity = new BigDecimalField("How many " + (medication.form() == null ? "units" : medication.form() + "s") + " were added?");
        quantity.setId("refill-quantity");
        quantity.setRequiredIndicatorVisible(true);
        TextField note = new TextField("Note");
        FieldErrors errors = new FieldErrors().bind("quantity", quantity).bind("note", note);
        Button save = new Button("Add to stock", click -> {
            if (errors.attempt(() -> refills.refill(medication.id(), new RefillRequest(quantity.getValue(), emptyToNull(note.getValue()))))) {
                dialog.close();
                Notices.success("Stock of " + medication.name() + " updated");
                afterwards.run();
            }
        });
        save.setId("refill-save");
        dialog.add(new FormLayout(quantity, note));
        DialogFooter.cancelAnd(dialog, save);
        dialog.open();
        quantity.focus();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
