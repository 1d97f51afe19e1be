package org.kiloguardian.ui.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountView;
import org.kiloguardian.financial.csv.CsvImportService;
import org.kiloguardian.financial.csv.ImportLine;
import org.kiloguardian.financial.csv.ImportOptions;
import org.kiloguardian.financial.csv.ImportReport;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.household.HouseholdFormat;
import org.kiloguardian.ui.live.LiveUpdates;
import org.kiloguardian.ui.live.Topic;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

import jakarta.enterprise.context.Dependent;

/**
 * A bank statement in, in three steps: upload the CSV file, check the preview (how it was read,
 * which rows are new, duplicates, rejected rows and why; change the column mapping if a guess was
 * wrong), then import all of it or nothing.
 */
@Dependent
public class ImportTab extends VerticalLayout {

    private final CsvImportService imports;
    private final LiveUpdates live;
    private final ComboBox<AccountView> account = new ComboBox<>("Into account");
    private final TextField dateColumn = new TextField("Date column");
    private final TextField descriptionColumn = new TextField("Description column");
    private final TextField amountColumn = new TextField("Amount column");
    private final TextField payeeColumn = new TextField("Payee column");
    private final TextField dateFormat = new TextField("Date format (e.g. dd.MM.yyyy)");
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportLine> lines = new Grid<>(ImportLine.class, false);
    private final Button importButton = new Button("Import");
    private String fileName;
    private byte[] content;

    @SuppressWarnings("deprecation") // MemoryBuffer: the simplest receiver that keeps a small file for preview and import
    ImportTab(CsvImportService imports, AccountService accounts, HouseholdFormat format, LiveUpdates live) {
        this.imports = imports;
        this.live = live;
        setPadding(false);
        account.setItems(accounts.list());
        account.setItemLabelGenerator(AccountView::name);
        accounts.list().stream().filter(AccountView::defaultAccount).findFirst().ifPresent(account::setValue);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.limits().maxBytes()));
        upload.addSucceededListener(event -> {
            try (InputStream in = buffer.getInputStream()) {
                fileName = event.getFileName();
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            preview();
        });
        upload.addFileRejectedListener(event -> Notices.error(event.getErrorMessage()));

        Button again = new Button("Preview again", click -> preview());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> run(false));
        importButton.setId("csv-import");

        Details mapping = new Details("Column mapping (detected automatically; change it if the preview is wrong)",
                new FormLayout(dateColumn, descriptionColumn, amountColumn, payeeColumn, dateFormat));
        lines.addColumn(ImportLine::line).setHeader("Line").setAutoWidth(true);
        lines.addColumn(line -> line.status().name().toLowerCase()).setHeader("Status").setAutoWidth(true);
        lines.addColumn(line -> format.date(line.date())).setHeader("Date").setAutoWidth(true);
        lines.addColumn(line -> format.money(line.amount())).setHeader("Amount").setAutoWidth(true);
        lines.addColumn(ImportLine::description).setHeader("Description").setFlexGrow(1);
        lines.addColumn(ImportLine::category).setHeader("Category").setAutoWidth(true);
        lines.addColumn(ImportLine::reason).setHeader("Why").setAutoWidth(true);
        lines.setVisible(false);
        add(new Paragraph("Import a CSV statement from your bank. Nothing is saved until you press Import, and rows already"
                + " imported before are recognised and skipped."), account, upload, mapping, new HorizontalLayout(again, importButton),
                summary, lines);
    }

    private void preview() {
        run(true);
    }

    private void run(boolean dryRun) {
        if (content == null) {
            Notices.error("Upload a CSV file first.");
            return;
        }
        ImportOptions options = new ImportOptions(account.getValue() == null ? null : account.getValue().id(), null, blank(dateFormat),
                null, null, blank(dateColumn), blank(descriptionColumn), blank(amountColumn), null, null, blank(payeeColumn), null);
        ImportReport report;
        try {
            report = imports.importCsv(fileName, content, options, dryRun);
        } catch (RuntimeException e) {
            new org.kiloguardian.ui.common.FieldErrors().show(e);
            return;
        }
        Map<String, String> columns = report.format() == null ? Map.of() : report.format().columns();
        if (dryRun && columns != null) {
            fill(dateColumn, columns.get("date"));
            fill(descriptionColumn, columns.get("description"));
            fill(amountColumn, columns.get("amount"));
            fill(payeeColumn, columns.get("payee"));
            if (report.format() != null) {
                fill(dateFormat, report.format().dateFormat());
            }
        }
        String outcome = dryRun ? "Preview of " + report.fileName() + ": " : (report.committed() ? "Imported " + report.fileName() + ": " : "Not imported: ");
        summary.setText(outcome + report.rows() + " rows, " + report.newRows() + " new, " + report.duplicates() + " already there, "
                + report.rejected() + " rejected" + (report.imported() > 0 ? ", " + report.imported() + " imported" : "")
                + (report.problems().isEmpty() ? "" : ". " + String.join(" ", report.problems())));
        summary.setId("csv-summary");
        lines.setItems(report.lines());
        lines.setVisible(!report.lines().isEmpty());
        importButton.setEnabled(dryRun && !report.refused() && report.newRows() > 0);
        if (!dryRun && report.committed()) {
            Notices.success(report.imported() + " transactions imported");
            content = null;
            live.changed(Topic.FINANCE);
        }
    }

    private static void fill(TextField field, String value) {
        if (value != null && field.getValue().isBlank()) {
            field.setValue(value);
        }
    }

    private static String blank(TextField field) {
        return field.getValue() == null || field.getValue().isBlank() ? null : field.getValue().strip();
    }
}
