package org.kiloguardian.ui.database;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a page that could not open shows. A view that could not load its data because the database
 * is unreachable says so and reloads itself until the database is back (503); every other failure
 * is Vaadin's own internal-error view, which it replaces by extending it.
 */
@AnonymousAllowed
public class ServerErrorView extends InternalServerError {

    static final String ID = "database-unavailable";
    private static final Logger LOG = Logger.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseUnavailable.isCauseOf(parameter.getCaughtException())) {
            return super.setErrorParameter(event, parameter);
        }
        LOG.warnf("Database unavailable while opening /%s: %s", event.getLocation().getPath(), parameter.getCaughtException().toString());
        getElement().removeAllChildren();
        getElement().setAttribute("id", ID);
        getElement().getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "36em");
        getElement().appendChild(new H2("The database is unavailable").getElement(),
                new Paragraph("Kilo Guardian cannot reach its database right now, for example while it restarts. Nothing saved is lost.").getElement(),
                new Paragraph("Retrying: this page reloads by itself every " + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds.").getElement());
        // the view needs the database to open at all: retry the whole page, as the gateway's 503 page does
        event.getUI().getPage().executeJs("setTimeout(function () { window.location.reload(); }, $0)",
                DatabaseUnavailable.RETRY_AFTER_SECONDS * 1000);
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }
}
