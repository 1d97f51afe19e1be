package org.kiloguardian.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;

class DialogFooterTest {

    @AfterEach
    void forgetTheUi() {
        UI.setCurrent(null);
    }

    @Test
    void cancelFirstThenThePrimaryAction() {
        Dialog dialog = new Dialog();
        Button save = new Button("Save");

        DialogFooter.cancelAnd(dialog, save);

        Element footer = save.getElement().getParent();
        assertThat(footer.getChildren().map(child -> child.getText())).containsExactly("Cancel", "Save");
        assertThat(save.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
    }

    @Test
    void cancelClosesTheDialog() {
        UI ui = new UI();
        UI.setCurrent(ui);
        Dialog dialog = new Dialog();
        ui.add(dialog);
        dialog.open();
        Button save = new Button("Save");
        DialogFooter.cancelAnd(dialog, save);
        Button cancel = (Button) save.getElement().getParent().getChild(0).getComponent().orElseThrow();

        ComponentUtil.fireEvent(cancel, new ClickEvent<>(cancel));

        assertThat(dialog.isOpened()).isFalse();
    }
}
