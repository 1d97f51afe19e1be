package org.kiloguardian.ui.finance;

import java.math.BigDecimal;

import org.kiloguardian.financial.budget.BudgetStatus;
import org.kiloguardian.ui.common.Rows;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/**
 * One budget's usage: a bar and the amounts, marked "Almost spent" from 90 % and "Over budget" from
 * 100 % in words as well as colour.
 */
public class BudgetBar extends Div {

    static final BigDecimal WARNING_AT = new BigDecimal("90");
    static final BigDecimal ALERT_AT = new BigDecimal("100");

    public BudgetBar(BudgetStatus status, HouseholdFormat format) {
        String key = status.category().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        setId("budget-" + key);
        BigDecimal usage = status.usagePercent() == null ? BigDecimal.ZERO : status.usagePercent();
        Level level = Level.of(usage);
        getElement().setAttribute("data-level", level.name().toLowerCase());

        Span name = new Span(status.category());
        name.getStyle().set("font-weight", "500");
        Span amounts = new Span(format.money(status.spent()) + " of " + format.money(status.limit()) + " · " + format.number(usage) + " %");
        amounts.setId("budget-" + key + "-amounts");
        amounts.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout top = new HorizontalLayout(name, amounts);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap").set("justify-content", "space-between");
        if (level != Level.OK) {
            top.add(Rows.badge(level == Level.ALERT ? "Over budget" : "Almost spent", level == Level.ALERT ? "error" : "warning"));
        }

        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, usage.doubleValue()));
        bar.setId("budget-" + key + "-bar");
        bar.getElement().setAttribute("aria-label", status.category() + " budget used");
        if (level == Level.ALERT) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (level == Level.WARNING) {
            // Lumo has no warning variant: the bar takes the theme's warning colour instead of primary
            bar.getStyle().set("--lumo-primary-color", "var(--lumo-warning-color, #e7a33e)");
        } else {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        add(top, bar);
    }

    enum Level {
        OK, WARNING, ALERT;

        static Level of(BigDecimal usage) {
            if (usage.compareTo(ALERT_AT) >= 0) {
                return ALERT;
            }
            return usage.compareTo(WARNING_AT) >= 0 ? WARNING : OK;
        }
    }
}
