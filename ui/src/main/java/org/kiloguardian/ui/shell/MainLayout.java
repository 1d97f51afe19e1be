package org.kiloguardian.ui.shell;

import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.ui.admin.AdminView;
import org.kiloguardian.ui.dashboard.DashboardView;
import org.kiloguardian.ui.finance.FinanceView;
import org.kiloguardian.ui.habits.HabitsView;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.meds.MedsView;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.people.PeopleView;
import org.kiloguardian.ui.people.PersonSwitcher;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The frame of every page: a drawer with the sections (a slide-in menu on phones), the product
 * name, whose day to show (remembered per browser), the light/dark switch remembered per user, and
 * logging out.
 */
public class MainLayout extends AppLayout {

    private final UserService accounts;
    private final CurrentUser user;
    private final Button themeToggle = new Button();
    private boolean dark;

    public MainLayout(UserService accounts, HouseholdPeople people, LiveUpdates live) {
        this.accounts = accounts;
        this.user = CurrentUser.get();
        UserView account = accounts.findByUsername(user.username()).orElse(null);
        this.dark = account != null && account.darkTheme();

        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");

        H1 name = new H1("Kilo Guardian");
        name.setId("product-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("white-space", "nowrap");

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        themeToggle.setId("theme-toggle");
        themeToggle.addClickListener(click -> setDark(!dark));

        Anchor logout = new Anchor("/logout", "Log out");
        // a full page load, not a client-side navigation: /logout is a server route
        logout.setRouterIgnore(true);
        logout.setId("logout");
        logout.getStyle().set("white-space", "nowrap");

        Span who = new Span(account == null ? user.username() : account.displayName());
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        who.setId("current-user");
        who.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");

        HorizontalLayout right = new HorizontalLayout(who, themeToggle, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)").set("min-width", "0");
        right.setSpacing(true);

        PersonSwitcher switcher = new PersonSwitcher(people, live);

        HorizontalLayout bar = new HorizontalLayout(toggle, name, switcher, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(bar);

        Span brand = new Span("Kilo Guardian");
        brand.getStyle().set("font-weight", "600").set("display", "block").set("padding", "var(--lumo-space-m)");
        addToDrawer(new Div(brand), new Scroller(navigation()));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem("Habits", HabitsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        nav.addItem(new SideNavItem("Meds", MedsView.class, VaadinIcon.PILL.create()));
        nav.addItem(new SideNavItem("Finance", FinanceView.class, VaadinIcon.WALLET.create()));
        nav.addItem(new SideNavItem("People", PeopleView.class, VaadinIcon.FAMILY.create()));
        if (user.admin()) {
            nav.addItem(new SideNavItem("Admin", AdminView.class, VaadinIcon.COG.create()));
        }
        return nav;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // Vaadin's loading bar appears when a round trip takes longer than 300 ms
        ui.getLoadingIndicatorConfiguration().setFirstDelay(300);
        applyTheme(ui);
    }

    private void setDark(boolean dark) {
        this.dark = dark;
        accounts.setDarkTheme(user.username(), dark);
        getUI().ifPresent(this::applyTheme);
    }

    private void applyTheme(UI ui) {
        if (dark) {
            ui.getElement().getThemeList().add(Lumo.DARK);
        } else {
            ui.getElement().getThemeList().remove(Lumo.DARK);
        }
        themeToggle.setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        themeToggle.setAriaLabel(dark ? "Switch to the light theme" : "Switch to the dark theme");
        themeToggle.setTooltipText(dark ? "Light theme" : "Dark theme");
    }
}
