package org.kiloguardian.ui.database;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;
import org.kiloguardian.ui.common.Notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * Errors of event listeners and {@code ui.access} tasks: a click that needed the unreachable database
 * tells the user so in a notice; anything else goes to Vaadin's default handling (logged).
 */
class DatabaseAwareErrorHandler implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(DatabaseAwareErrorHandler.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseUnavailable.isCauseOf(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        LOG.warnf("Database unavailable in the UI: %s", event.getThrowable().toString());
        UI current = UI.getCurrent();
        if (current != null) {
            Notices.error(DatabaseErrorHandling.UNAVAILABLE);
            return;
        }
        // a failed ui.access task: no current UI, but the component knows its UI
        event.getComponent().flatMap(Component::getUI)
                .ifPresent(ui -> ui.access(() -> Notices.error(DatabaseErrorHandling.UNAVAILABLE)));
    }
}
