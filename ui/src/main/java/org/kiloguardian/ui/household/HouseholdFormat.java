package org.kiloguardian.ui.household;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.financial.money.HouseholdCurrency;
import org.kiloguardian.financial.money.HouseholdLocale;

/**
 * Dates, times and money as the household reads them: one locale ({@code kilo.household.locale})
 * and the financial module's one household currency, whatever language the browser asks for.
 */
@ApplicationScoped
public class HouseholdFormat {

    private final Locale locale;
    private final Currency currency;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    HouseholdFormat(HouseholdLocale locale, HouseholdCurrency currency, Clock clock) {
        this.locale = locale.locale();
        this.currency = Currency.getInstance(currency.code());
        this.zone = clock.getZone();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.shortDate = DateTimeFormatter.ofPattern("EEE d MMM", this.locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(this.locale).withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public Currency currency() {
        return currency;
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(percent.movePointLeft(2));
    }

    public String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** "Mon 3 Nov": for lists where the year is obvious. */
    public String shortDate(LocalDate value) {
        return value == null ? "" : shortDate.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String time(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    public String time(Instant value) {
        return value == null ? "" : time.format(value.atZone(zone).toLocalTime());
    }
}
