package uk.supervisiondesk.ui.agreements;

import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.controlsfx.control.SearchableComboBox;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.Choice;
import uk.supervisiondesk.ui.records.RecordHost;
import uk.supervisiondesk.ui.records.TemplateSource;

/** The Agreements screen. Binds only. */
public final class AgreementsView implements DeskView {
    private final AgreementsViewModel model;
    private final TemplateSource templates;
    private final RecordHost host;

    @FXML private Label personLabel;
    @FXML private SearchableComboBox<Choice<Supervisee>> person;
    @FXML private CheckBox leavers;
    @FXML private Label review;
    @FXML private TableView<SupervisionRecord> table;
    @FXML private TableColumn<SupervisionRecord, String> dateColumn;
    @FXML private TableColumn<SupervisionRecord, String> formColumn;
    @FXML private TableColumn<SupervisionRecord, String> statusColumn;
    @FXML private TableColumn<SupervisionRecord, String> reviewColumn;
    @FXML private Button newAgreement;
    @FXML private Button openAgreement;

    public AgreementsView(AgreementsViewModel model, TemplateSource templates) {
        this.model = model;
        this.templates = templates;
        this.host = new RecordHost(FxmlViews.load(this));
    }

    @FXML
    private void initialize() {
        personLabel.setLabelFor(person);
        person.setItems(model.picker().people());
        person.valueProperty().bindBidirectional(model.picker().personProperty());
        leavers.selectedProperty().bindBidirectional(model.picker().includeLeaversProperty());
        review.textProperty().bind(model.reviewProperty());
        table.setItems(model.agreements());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().recordDate())));
        formColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(templates.byKey(c.getValue().templateKey())
                .map(t -> t.title()).orElse(c.getValue().templateKey())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("sessions.record."
                + c.getValue().status().name().toLowerCase(Locale.ROOT))));
        reviewColumn.setCellValueFactory(c -> {
            Object date = c.getValue().values().get("reviewDate");
            return new ReadOnlyStringWrapper(date == null ? "" : UkDates.format(LocalDate.parse(date.toString())));
        });
        newAgreement.disableProperty().bind(model.picker().personProperty().isNull());
        openAgreement.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        newAgreement.setOnAction(e -> model.startNew(host::show, host::close));
        openAgreement.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem(), host::show, host::close));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(table.getSelectionModel().getSelectedItem(), host::show, host::close);
            }
        });
    }

    @Override
    public Parent root() {
        return host.root();
    }

    @Override
    public void activate() {
        if (!host.showingRecord()) {
            model.refresh();
        }
    }

    @Override
    public void requestLeave(Runnable proceed) {
        host.requestLeave(proceed);
    }

    @Override
    public void saveWhatSavesItself() {
        host.saveOpenRecord();
    }

    public void show(long superviseeId) {
        model.show(superviseeId);
    }

    public void showRecord(long superviseeId, long recordId) {
        model.showRecord(superviseeId, recordId, host::show, host::close);
    }
}
