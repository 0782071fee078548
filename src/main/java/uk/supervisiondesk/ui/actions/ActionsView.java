package uk.supervisiondesk.ui.actions;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;

/** The Actions screen. Binds only. */
public final class ActionsView implements DeskView {
    private final ActionsViewModel model;
    private final Parent root;

    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private CheckBox overdueOnly;
    @FXML private TableView<ActionRow> table;
    @FXML private TableColumn<ActionRow, String> statusColumn;
    @FXML private TableColumn<ActionRow, String> dueColumn;
    @FXML private TableColumn<ActionRow, String> superviseeColumn;
    @FXML private TableColumn<ActionRow, String> whoColumn;
    @FXML private TableColumn<ActionRow, String> whatColumn;

    public ActionsView(ActionsViewModel model) {
        this.model = model;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summary());
        search.textProperty().bindBidirectional(model.searchProperty());
        overdueOnly.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        SortedList<ActionRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get(c.getValue().overdue()
                ? "status.overdue" : "actions.open")));
        dueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().action().dueBy())));
        dueColumn.setComparator(Comparator.comparing(d -> d.length() == 10 ? d.substring(6) + d.substring(3, 5)
                + d.substring(0, 2) : ""));
        superviseeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().supervisee().personal()
                .sortName()));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action().who()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action().what()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
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
