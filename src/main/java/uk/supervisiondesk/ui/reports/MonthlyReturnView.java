package uk.supervisiondesk.ui.reports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import uk.supervisiondesk.monitoring.MonthlyReturn;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;

/** The Reports screen: the monthly supervision return. Binds only. */
public final class MonthlyReturnView implements DeskView {
    private final MonthlyReturnViewModel model;
    private final Parent root;

    @FXML private Label monthLabel;
    @FXML private ComboBox<MonthlyReturnViewModel.MonthChoice> month;
    @FXML private Button saveCsv;
    @FXML private Button savePdf;
    @FXML private TableView<MonthlyReturn.Line> table;
    @FXML private TableColumn<MonthlyReturn.Line, String> nameColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> teamColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> requiredColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> heldColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> postponedColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> cancelledColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> overdueColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> signedColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> observationsColumn;
    @FXML private TableColumn<MonthlyReturn.Line, String> statusColumn;

    public MonthlyReturnView(MonthlyReturnViewModel model) {
        this.model = model;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        monthLabel.setLabelFor(month);
        month.setItems(model.months());
        month.valueProperty().bindBidirectional(model.monthProperty());
        saveCsv.disableProperty().bind(model.reportProperty().isNull());
        savePdf.disableProperty().bind(model.reportProperty().isNull());
        saveCsv.setOnAction(e -> model.saveCsv());
        savePdf.setOnAction(e -> model.savePdf());
        table.setItems(model.lines());
        column(nameColumn, MonthlyReturn.Line::name);
        column(teamColumn, MonthlyReturn.Line::team);
        column(requiredColumn, l -> uk.supervisiondesk.monitoring.MonthlyReturnCsv.sessions(l.required()));
        column(heldColumn, l -> Integer.toString(l.held()));
        column(postponedColumn, l -> Integer.toString(l.postponed()));
        column(cancelledColumn, l -> Integer.toString(l.cancelled()));
        column(overdueColumn, l -> isTotal(l) ? Messages.get("reports.overduePeople", l.overdueDaysAtMonthEnd())
                : l.overdue() ? Messages.get("reports.overdueDays", l.overdueDaysAtMonthEnd()) : Messages.get("reports.no"));
        column(signedColumn, l -> l.recordsDue() == 0 ? "" : Messages.get("reports.ofTotal", l.signedInTime(),
                l.recordsDue()));
        column(observationsColumn, l -> l.observationsRequired() == 0 ? Integer.toString(l.observationsDone())
                : Messages.get("reports.ofTotal", l.observationsDone(), l.observationsRequired()));
        column(statusColumn, l -> l.status().isEmpty() ? "" : Messages.get("status." + l.status()));
        // The totals line stands out in bold, and says "Team total" in words.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MonthlyReturn.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("totals-row");
                if (!empty && line != null && isTotal(line)) {
                    getStyleClass().add("totals-row");
                }
            }
        });
    }

    private boolean isTotal(MonthlyReturn.Line line) {
        return model.reportProperty().get() != null && line == model.reportProperty().get().totals();
    }

    private static void column(TableColumn<MonthlyReturn.Line, String> column,
                               Function<MonthlyReturn.Line, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
