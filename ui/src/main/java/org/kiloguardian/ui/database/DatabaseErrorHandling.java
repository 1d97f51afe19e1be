package org.kiloguardian.ui.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.vaadin.flow.server.ServiceInitEvent;

/**
 * When the database cannot be reached (stopped, restarting), every page says so and that it
 * retries, instead of showing an error: errors in listeners become a notice
 * ({@link DatabaseAwareErrorHandler}), a view that cannot open shows {@link ServerErrorView}, and
 * Vaadin's reconnecting indicator (shown while the server answers a click with 503) names the
 * database among the likely causes.
 */
@ApplicationScoped
public class DatabaseErrorHandling {

    static final String UNAVAILABLE = "The database is unavailable right now (it may be restarting). Try again in a few seconds.";
    static final String RECONNECTING = "Kilo Guardian or its database is not answering. Retrying…";

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new DatabaseAwareErrorHandler()));
        event.getSource().addUIInitListener(init -> init.getUI().getReconnectDialogConfiguration().setDialogText(RECONNECTING));
    }
}
