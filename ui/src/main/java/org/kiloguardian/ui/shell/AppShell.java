package org.kiloguardian.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: server push over a WebSocket (so changes made elsewhere reach open
 * views at once), the Lumo theme, and a name for phones that add the app to their home screen.
 */
@Push
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("application-name", "Kilo Guardian");
        settings.addMetaTag("apple-mobile-web-app-title", "Kilo Guardian");
        settings.addMetaTag("theme-color", "#1a39a6");
    }
}
