package org.kiloguardian.ui.common;

/** A panel that reloads its data when it is shown (a tab opened) or when what it shows changed. */
public interface Refreshable {

    void refresh();
}
