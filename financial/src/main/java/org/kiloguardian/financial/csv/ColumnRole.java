package org.kiloguardian.financial.csv;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What a column of a bank statement holds, and the header texts (English and German banks)
 * that announce it. Headers are compared without case, spaces or punctuation.
 */
enum ColumnRole {
    DATE(Set.of("date", "bookingdate", "transactiondate", "valuedate", "posteddate", "posted", "datum", "buchungstag",
            "buchungsdatum", "valuta", "wertstellung")),
    DESCRIPTION(Set.of("description", "details", "memo", "text", "narrative", "particulars", "verwendungszweck",
            "buchungstext", "beschreibung")),
    AMOUNT(Set.of("amount", "betrag", "value", "umsatz", "amounteur", "betrageur", "sum")),
    DEBIT(Set.of("debit", "debitamount", "withdrawal", "withdrawals", "paidout", "moneyout", "out", "soll", "ausgang")),
    CREDIT(Set.of("credit", "creditamount", "deposit", "deposits", "paidin", "moneyin", "in", "haben", "eingang")),
    PAYEE(Set.of("payee", "counterparty", "name", "beneficiary", "recipient", "merchant", "empfanger",
            "auftraggeberempfanger", "zahlungsempfanger", "auftraggeber")),
    REFERENCE(Set.of("reference", "ref", "bankreference", "transactionid", "fitid", "referenz", "kundenreferenz"));

    private final Set<String> headers;

    ColumnRole(Set<String> headers) {
        this.headers = headers;
    }

    boolean announcedBy(String header) {
        return headers.contains(normalise(header));
    }

    /** "Auftraggeber/Empfänger" and "auftraggeber empfanger" compare equal. */
    static String normalise(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
