package org.kiloguardian.ui.people;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;

import jakarta.servlet.http.Cookie;

/**
 * Whose day this browser shows: everyone's, or one person's (with the household's shared items).
 * Chosen in the header and remembered per browser in a cookie, so the wall tablet keeps showing
 * Grandma's day after a reload while a phone shows everyone's. One per open page (UI).
 */
public final class PersonFocus {

    static final String COOKIE = "kilo-person";
    static final String EVERYONE = "everyone";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final UI ui;
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private volatile Long personId;

    private PersonFocus(UI ui, Long personId) {
        this.ui = ui;
        this.personId = personId;
    }

    /** The focus of the page being drawn; the cookie of the request that opened it sets where it starts. */
    public static PersonFocus current() {
        return of(UI.getCurrent());
    }

    public static PersonFocus of(UI ui) {
        PersonFocus focus = ComponentUtil.getData(ui, PersonFocus.class);
        if (focus == null) {
            focus = new PersonFocus(ui, fromCookie(VaadinRequest.getCurrent()));
            ComponentUtil.setData(ui, PersonFocus.class, focus);
        }
        return focus;
    }

    /** The person shown, or null for everyone. */
    public Long personId() {
        return personId;
    }

    public boolean everyone() {
        return personId == null;
    }

    /** Whether an item of this owner (null: shared) belongs on the page: everything for everyone, else theirs and the shared ones. */
    public boolean shows(Long ownerId) {
        return personId == null || ownerId == null || personId.equals(ownerId);
    }

    public void select(Long newPersonId) {
        if (java.util.Objects.equals(personId, newPersonId)) {
            return;
        }
        personId = newPersonId;
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'", COOKIE,
                newPersonId == null ? EVERYONE : String.valueOf(newPersonId), ONE_YEAR);
        listeners.forEach(listener -> listener.accept(newPersonId));
    }

    /** Told (on the UI's thread) when the header switches to someone else. */
    public Registration onChange(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    static Long fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    long id = Long.parseLong(cookie.getValue());
                    return id > 0 ? id : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
