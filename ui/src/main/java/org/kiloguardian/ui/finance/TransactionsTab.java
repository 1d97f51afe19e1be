package org.kiloguardian.ui.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kiloguardian.financial.account.AccountService;
import org.kiloguardian.financial.account.AccountView;
import org.kiloguardian.financial.category.CategoryService;
import org.kiloguardian.financial.category.CategoryView;
import org.kiloguardian.financial.csv.TransactionCsvExporter;
import org.kiloguardian.financial.transaction.PageRequest;
import org.kiloguardian.financial.transaction.TransactionFilter;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionSort;
import org.kiloguardian.financial.transaction.TransactionType;
import org.kiloguardian.financial.transaction.TransactionView;
import org.kiloguardian.rest.StorableDates;
import org.kiloguardian.ui.common.Confirm;
import org.kiloguardian.ui.common.FieldErrors;
import org.kiloguardian.ui.common.Notices;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.StreamResource;

import jakarta.enterprise.context.Dependent;

/** Every transaction, paged on the server, with filters, search, add, edit, delete and CSV export. */
@Dependent
public class TransactionsTab extends VerticalLayout {

    private final TransactionService transactions;
    private final AccountService accounts;
    private final CategoryService categories;
    private final HouseholdFormat format;
    private final TransactionEditor editor;
    private final Grid<TransactionView> grid = new Grid<>(TransactionView.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final ComboBox<AccountView> account = new ComboBox<>("Account");
    private final ComboBox<TransactionType> type = new ComboBox<>("Type");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ConfigurableFilterDataProvider<TransactionView, Void, TransactionFilter> data;

    TransactionsTab(TransactionService transactions, AccountService accounts, CategoryService categories,
            TransactionCsvExporter exporter, HouseholdFormat format, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.categories = categories;
        this.format = format;
        this.editor = new TransactionEditor(transactions, accounts, categories, format, clock);
        setPadding(false);
        setSizeFull();

        CallbackDataProvider<TransactionView, TransactionFilter> lazy = DataProvider.fromFilteringCallbacks(
                query -> {
                    TransactionSort sort = TransactionSort.DATE;
                    boolean descending = true;
                    for (var order : query.getSortOrders()) {
                        sort = TransactionSort.fromParameter(order.getSorted());
                        descending = order.getDirection() == SortDirection.DESCENDING;
                        break;
                    }
                    // Vaadin asks for offset/limit, the service for page/size: read the one or two pages that cover it
                    int size = Math.max(1, Math.min(query.getLimit(), PageRequest.MAX_SIZE));
                    int page = query.getOffset() / size;
                    TransactionFilter filter = query.getFilter().orElse(TransactionFilter.none());
                    List<TransactionView> items = new java.util.ArrayList<>(transactions.page(filter, new PageRequest(page, size, sort, descending)).items());
                    if (query.getOffset() % size != 0) {
                        items.addAll(transactions.page(filter, new PageRequest(page + 1, size, sort, descending)).items());
                    }
                    return items.stream().skip(query.getOffset() - (long) page * size).limit(query.getLimit());
                },
                query -> (int) Math.min(Integer.MAX_VALUE,
                        transactions.page(query.getFilter().orElse(TransactionFilter.none()), PageRequest.first(1)).total()));
        data = lazy.withConfigurableFilter();

        grid.setId("transactions-grid");
        grid.setPageSize(50);
        grid.addColumn(t -> format.date(t.date())).setHeader("Date").setKey("date").setSortable(true).setAutoWidth(true);
        grid.addColumn(TransactionView::description).setHeader("Description").setKey("description").setSortable(true).setFlexGrow(2);
        grid.addColumn(TransactionView::category).setHeader("Category").setKey("category").setSortable(true).setAutoWidth(true);
        grid.addColumn(TransactionView::account).setHeader("Account").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Span amount = new Span(format.money(t.amount()));
            amount.getStyle().set("font-variant-numeric", "tabular-nums")
                    .set("color", t.amount().signum() >= 0 ? "var(--lumo-success-text-color)" : "inherit");
            return amount;
        }).setHeader("Amount").setKey("amount").setSortable(true).setAutoWidth(true);
        grid.addColumn(t -> format.money(t.runningBalance())).setHeader("Balance").setAutoWidth(true);
        grid.addColumn(t -> t.createdBy() == null ? "" : t.createdBy()).setHeader("Entered by").setKey("created-by").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(data);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("date")).build());

        search.setPlaceholder("Search description, payee, notes");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setAriaLabel("Search transactions");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("transactions-search");
        category.setClearButtonVisible(true);
        account.setItemLabelGenerator(AccountView::name);
        account.setClearButtonVisible(true);
        type.setItems(TransactionType.values());
        type.setItemLabelGenerator(TransactionType::wireName);
        type.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        for (DatePicker bound : List.of(from, to)) { // a five-digit year is marked, and filters nothing
            bound.setMin(StorableDates.FIRST);
            bound.setMax(StorableDates.LAST);
        }
        search.addValueChangeListener(e -> applyFilter());
        category.addValueChangeListener(e -> applyFilter());
        account.addValueChangeListener(e -> applyFilter());
        type.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());

        Button add = new Button("Add transaction", VaadinIcon.PLUS.create(), click -> editor.open(null, data::refreshAll));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-transaction");
        Anchor export = new Anchor(new StreamResource("transactions.csv", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exporter.write(currentFilter(), TransactionSort.DATE, false, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new java.io.ByteArrayInputStream(out.toByteArray());
        }), "Export CSV");
        export.getElement().setAttribute("download", true);
        export.setId("export-csv");

        HorizontalLayout actions = new HorizontalLayout(add, search, export);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout filters = new HorizontalLayout(category, account, type, from, to);
        filters.getStyle().set("flex-wrap", "wrap");
        add(actions, filters, grid);
        refresh();
    }

    /** Reloads the choices and the visible page, keeping the filter. */
    public void refresh() {
        category.setItems(categories.list().stream().map(CategoryView::name).toList());
        account.setItems(accounts.list());
        data.refreshAll();
    }

    private void applyFilter() {
        data.setFilter(currentFilter());
    }

    private TransactionFilter currentFilter() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new TransactionFilter(storable(from.getValue()), storable(to.getValue()), Optional.ofNullable(account.getValue()).map(AccountView::id).orElse(null),
                category.getValue(), type.getValue(), text, null, null);
    }

    private HorizontalLayout actions(TransactionView transaction) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor.open(transaction, data::refreshAll));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.destructive("Delete this transaction?",
                format.date(transaction.date()) + " · " + transaction.description() + " · " + format.money(transaction.amount())
                        + (transaction.transferTransactionId() != null ? ". The other side of the transfer goes too." : ""),
                "Delete", () -> {
                    if (new FieldErrors().attempt(() -> transactions.delete(transaction.id()))) {
                        Notices.success("Deleted");
                        data.refreshAll();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete");
        return new HorizontalLayout(edit, delete);
    }

    /** A date no record can hold (a year typed with five digits) filters nothing, rather than failing the query. */
    private static LocalDate storable(LocalDate date) {
        return date == null || StorableDates.holds(date) ? date : null;
    }
}
