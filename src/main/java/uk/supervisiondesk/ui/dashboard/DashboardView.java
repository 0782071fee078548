package uk.supervisiondesk.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import uk.supervisiondesk.monitoring.SessionsByMonth;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.policy.compliance.Status;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.Choice;

/** The dashboard screen. Binds only. */
public final class DashboardView implements DeskView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private final DashboardViewModel model;
    private final Parent root;

    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private ComboBox<Choice<String>> teamFilter;
    @FXML private ComboBox<DashboardViewModel.Show> showFilter;
    @FXML private TableView<DashboardRow> table;
    @FXML private Label emptyTable;
    @FXML private TableColumn<DashboardRow, Status> statusColumn;
    @FXML private TableColumn<DashboardRow, String> nameColumn;
    @FXML private TableColumn<DashboardRow, String> teamColumn;
    @FXML private TableColumn<DashboardRow, String> lastColumn;
    @FXML private TableColumn<DashboardRow, String> nextColumn;
    @FXML private TableColumn<DashboardRow, String> whyColumn;
    @FXML private Label detailHeading;
    @FXML private ListView<Finding> findings;
    @FXML private Button openSheet;
    @FXML private Button openFront;
    @FXML private Label chartTitle;
    @FXML private BarChart<String, Number> chart;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        teamFilter.setItems(model.teamChoices());
        teamFilter.valueProperty().bindBidirectional(model.teamProperty());
        showFilter.setItems(FXCollections.observableArrayList(DashboardViewModel.Show.values()));
        showFilter.valueProperty().bindBidirectional(model.showProperty());

        SortedList<DashboardRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        emptyTable.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                model.loadingProperty().get() ? "dashboard.loadingShort"
                        : model.allRows().isEmpty() ? "dashboard.empty" : "dashboard.noMatch"),
                model.allRows(), model.loadingProperty()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(c -> new StatusCell());
        statusColumn.setComparator(Comparator.reverseOrder());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        teamColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().team()));
        lastColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lastSession()));
        nextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nextDueText()));
        nextColumn.setComparator(Comparator.comparing(DashboardView::sortableDate));
        lastColumn.setComparator(Comparator.comparing(DashboardView::sortableDate));
        whyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        // One line per person keeps the list scannable; the whole story is in the panel below.
        whyColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty ? null : reason);
                setTooltip(empty || reason == null || reason.isEmpty() ? null
                        : new javafx.scene.control.Tooltip(reason));
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> showDetail(row));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openMonitoringSheet();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openMonitoringSheet();
            }
        });
        findings.setCellFactory(l -> new uk.supervisiondesk.ui.controls.FindingCell());
        openSheet.disableProperty().bind(model.selectedProperty().isNull());
        openFront.disableProperty().bind(model.selectedProperty().isNull());
        openSheet.setOnAction(e -> model.openMonitoringSheet());
        openFront.setOnAction(e -> model.openFrontSheet());
        model.chartProperty().addListener((obs, old, data) -> showChart(data));
        showDetail(null);
    }

    /** dd/MM/yyyy sorts wrongly as text; sort by the date it stands for. */
    private static String sortableDate(String ukDate) {
        return ukDate == null || ukDate.length() != 10 ? "" : ukDate.substring(6) + ukDate.substring(3, 5)
                + ukDate.substring(0, 2);
    }

    private void showDetail(DashboardRow row) {
        if (row == null) {
            detailHeading.setText(Messages.get("dashboard.detail.none"));
            findings.getItems().clear();
            return;
        }
        detailHeading.setText(Messages.get("dashboard.detail.heading", row.standing().supervisee().fullName(),
                row.statusText()));
        findings.getItems().setAll(row.findingsWorstFirst());
    }

    private void showChart(DashboardViewModel.ChartData data) {
        chartTitle.setText(data.title());
        XYChart.Series<String, Number> held = new XYChart.Series<>();
        held.setName(Messages.get("dashboard.chart.held"));
        XYChart.Series<String, Number> required = new XYChart.Series<>();
        required.setName(Messages.get("dashboard.chart.required"));
        int heldTotal = 0;
        double requiredTotal = 0;
        for (SessionsByMonth.Month m : data.months()) {
            String label = MONTH.format(m.month());
            held.getData().add(new XYChart.Data<>(label, m.held()));
            required.getData().add(new XYChart.Data<>(label, m.required()));
            heldTotal += m.held();
            requiredTotal += m.required();
        }
        chart.getData().setAll(java.util.List.of(held, required));
        // The chart is a picture; a screen reader gets the same facts in one sentence.
        chart.setAccessibleText(Messages.get("dashboard.chart.accessible", data.title(), heldTotal,
                Math.round(requiredTotal),
                DashboardViewModel.CHART_MONTHS));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
    }

    /** A status as a coloured label that also says it in words. */
    private static final class StatusCell extends TableCell<DashboardRow, Status> {
        @Override
        protected void updateItem(Status status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty || status == null) {
                setText(null);
                return;
            }
            setText(DashboardRow.statusText(status));
            getStyleClass().add("status-" + status.key().replace('_', '-'));
        }
    }
}
