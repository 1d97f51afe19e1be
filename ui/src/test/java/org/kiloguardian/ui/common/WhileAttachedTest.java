package org.kiloguardian.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

class WhileAttachedTest {

    private final List<String> log = new ArrayList<>();

    private void holdOn(Div view) {
        WhileAttached.register(view, ui -> {
            log.add("take " + (ui != null));
            return () -> log.add("give back");
        });
    }

    @Test
    void takesOnAttachAndGivesBackOnDetach() {
        UI ui = new UI();
        Div view = new Div();
        holdOn(view);
        assertThat(log).as("nothing held before the view is on a page").isEmpty();

        ui.add(view);
        assertThat(log).containsExactly("take true");

        ui.remove(view);
        assertThat(log).containsExactly("take true", "give back");
    }

    @Test
    void aViewComeBackToHoldsItAgain() {
        UI ui = new UI();
        Div view = new Div();
        holdOn(view);

        ui.add(view);
        ui.remove(view);
        ui.add(view);

        assertThat(log).containsExactly("take true", "give back", "take true");
    }

    @Test
    void aComponentAlreadyOnAPageHoldsItAtOnce() {
        UI ui = new UI();
        Div view = new Div();
        ui.add(view);

        holdOn(view);

        assertThat(log).containsExactly("take true");
    }
}
