package org.kiloguardian.financial.csv;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;

/** The multipart form of an import: the file and optional reading instructions (see {@link ImportOptions}). */
public class ImportForm {

    @RestForm("file")
    @NotNull(message = "a CSV file is required")
    public FileUpload file;

    @RestForm
    @Pattern(regexp = "\\d{1,18}", message = "must be an account id")
    @KnownAccount
    public String accountId;

    @RestForm
    @Pattern(regexp = "[,;|]|\\\\t|\\t|tab", message = "must be one of , ; | tab")
    public String delimiter;

    @RestForm
    @Size(max = 40)
    @Formatted(TextFormat.DATE_PATTERN)
    public String dateFormat;

    @RestForm
    @Pattern(regexp = "[.,]", message = "must be . or ,")
    public String decimalSeparator;

    @RestForm
    @Pattern(regexp = "true|false", message = "must be true or false")
    public String header;

    @RestForm
    @Size(max = 100)
    public String dateColumn;

    @RestForm
    @Size(max = 100)
    public String descriptionColumn;

    @RestForm
    @Size(max = 100)
    public String amountColumn;

    @RestForm
    @Size(max = 100)
    public String debitColumn;

    @RestForm
    @Size(max = 100)
    public String creditColumn;

    @RestForm
    @Size(max = 100)
    public String payeeColumn;

    @RestForm
    @Size(max = 100)
    public String referenceColumn;

    ImportOptions toOptions() {
        return new ImportOptions(blank(accountId) ? null : Long.valueOf(accountId.trim()), delimiter(),
                blank(dateFormat) ? null : dateFormat.trim(),
                blank(decimalSeparator) ? null : decimalSeparator.charAt(0),
                blank(header) ? null : Boolean.valueOf(header),
                dateColumn, descriptionColumn, amountColumn, debitColumn, creditColumn, payeeColumn, referenceColumn);
    }

    private Character delimiter() {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        return delimiter.length() == 1 ? delimiter.charAt(0) : '\t';
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
