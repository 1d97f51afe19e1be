package org.kiloguardian.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view: server push over a WebSocket (so changes made elsewhere reach open
 * views at once) and a name for phones that add the app to their home screen.
 */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("application-name", "Kilo Guardian");
        settings.addMetaTag("apple-mobile-web-app-title", "Kilo Guardian");
        settings.addMetaTag("theme-color", "#1a39a6");
        // the few rules that need media queries; a plain stylesheet, so no frontend build is needed
        settings.addLink("stylesheet", "styles/kilo.css");
    }
}
