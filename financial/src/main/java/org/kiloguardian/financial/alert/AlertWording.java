package org.kiloguardian.financial.alert;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.money.HouseholdLocale;

/**
 * The figures in a finance alert as the household reads them on screen: amounts with the household's
 * currency in its locale ({@code kilo.household.locale}, as the UI writes them), months and dates
 * spelled out. An alert's sentence is written once, with these, and reads the same on the dashboard,
 * over Socket.IO and on a phone.
 */
@ApplicationScoped
public class AlertWording {

    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter month;
    private final DateTimeFormatter date;

    @Inject
    AlertWording(HouseholdLocale locale, HouseholdCurrency currency) {
        this(locale.locale(), Currency.getInstance(currency.code()));
    }

    AlertWording(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** "€1,250.00" in en-GB, "1.250,00 €" in de-DE. */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale); // not thread-safe: one per call
        format.setCurrency(currency);
        return format.format(amount);
    }

    /** A usage of 91.2 (per cent) as "91.2%" in en-GB, "91,2 %" in de-DE. */
    public String percent(BigDecimal percent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent.movePointLeft(2));
    }

    /** "November 2026". */
    public String month(YearMonth value) {
        return month.format(value);
    }

    /** "5 Dec 2026" in en-GB. */
    public String date(LocalDate value) {
        return date.format(value);
    }
}
