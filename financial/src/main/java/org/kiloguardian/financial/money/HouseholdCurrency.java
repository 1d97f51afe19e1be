package org.kiloguardian.financial.money;

import java.util.Currency;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.kiloguardian.financial.config.HouseholdConfig;

/** The one currency of the household: every amount in every account is in it. */
@ApplicationScoped
public class HouseholdCurrency {

    private static final Logger LOG = Logger.getLogger(HouseholdCurrency.class);
    private static final String FALLBACK = "EUR";

    private final Currency currency;

    HouseholdCurrency(HouseholdConfig config) {
        this.currency = config.currency().map(code -> Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)))
                .orElseGet(HouseholdCurrency::fromLocale);
    }

    /** ISO 4217 code, e.g. EUR. */
    public String code() {
        return currency.getCurrencyCode();
    }

    private static Currency fromLocale() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        try {
            return Currency.getInstance(locale);
        } catch (IllegalArgumentException | NullPointerException e) {
            // a locale without a country (e.g. "en" or C.UTF-8) names no currency
            LOG.infof("Locale %s names no currency; using %s. Set kilo.household.currency to choose.", locale, FALLBACK);
            return Currency.getInstance(FALLBACK);
        }
    }
}
