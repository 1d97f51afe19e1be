package org.kiloguardian.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view: server push over a WebSocket (so changes made elsewhere reach open
 * views at once), and what makes it an app phones install and notify with the app closed: the web
 * app manifest, the icons and the service worker, served at the root by the notifications module.
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
        settings.addLink("manifest", "/manifest.webmanifest");
        settings.addLink("apple-touch-icon", "/icons/apple-touch-icon.png");
        // iOS opens an app added to the home screen full-screen, which is where it allows push
        settings.addMetaTag("apple-mobile-web-app-capable", "yes");
        settings.addMetaTag("mobile-web-app-capable", "yes");
        settings.addInlineWithContents("if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js').catch(() => {}); }",
                Inline.Wrapping.JAVASCRIPT);
    }
}
