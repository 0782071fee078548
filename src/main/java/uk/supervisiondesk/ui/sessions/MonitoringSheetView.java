package uk.supervisiondesk.ui.sessions;

import static uk.supervisiondesk.ui.sessions.SessionFormViewModel.Field.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.Choice;
import uk.supervisiondesk.ui.controls.FormSection;

/** The Sessions screen: one supervisee's monitoring sheet. Binds only. */
public final class MonitoringSheetView implements DeskView {
    private final MonitoringSheetViewModel model;
    private final uk.supervisiondesk.ui.records.RecordHost host;

    @FXML private Label personLabel;
    @FXML private SearchableComboBox<Choice<Supervisee>> person;
    @FXML private CheckBox leavers;
    @FXML private Label standing;
    @FXML private TableView<SessionEntry> table;
    @FXML private TableColumn<SessionEntry, String> dateColumn;
    @FXML private TableColumn<SessionEntry, String> kindColumn;
    @FXML private TableColumn<SessionEntry, String> outcomeColumn;
    @FXML private TableColumn<SessionEntry, String> newDateColumn;
    @FXML private TableColumn<SessionEntry, String> sharedColumn;
    @FXML private TableColumn<SessionEntry, String> signedColumn;
    @FXML private TableColumn<SessionEntry, String> reasonColumn;
    @FXML private TableColumn<SessionEntry, String> recordColumn;
    @FXML private Button writeRecord;
    @FXML private Button add;
    @FXML private Button edit;
    @FXML private Button delete;
    @FXML private Button schedule;
    @FXML private ListView<Finding> findings;
    @FXML private javafx.scene.control.ScrollPane formScroll;
    @FXML private javafx.scene.layout.HBox formButtons;
    @FXML private Label formHeading;
    @FXML private Label archivedNote;
    @FXML private Label gapNotice;
    @FXML private VBox fields;
    @FXML private Button save;
    @FXML private Button cancel;

    public MonitoringSheetView(MonitoringSheetViewModel model) {
        this.model = model;
        this.host = new uk.supervisiondesk.ui.records.RecordHost(FxmlViews.load(this));
    }

    @FXML
    private void initialize() {
        personLabel.setLabelFor(person);
        person.setItems(model.people());
        person.valueProperty().bindBidirectional(model.personProperty());
        leavers.selectedProperty().bindBidirectional(model.includeLeaversProperty());
        standing.textProperty().bind(model.standingProperty());

        table.setItems(model.rows());
        column(dateColumn, s -> UkDates.format(s.date()));
        dateColumn.setComparator(Comparator.comparing(MonitoringSheetView::sortable));
        column(kindColumn, s -> s.kind().displayName());
        column(outcomeColumn, s -> outcomeText(s.outcome()));
        column(newDateColumn, s -> UkDates.format(s.rescheduledTo()));
        column(sharedColumn, s -> UkDates.format(s.sharedOn()));
        column(signedColumn, s -> UkDates.format(s.signedOn()));
        column(reasonColumn, s -> s.reason().isEmpty() ? s.gapReason() : s.reason());
        recordColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.recordFor(c.getValue())
                .map(r -> Messages.get("sessions.record." + r.status().name().toLowerCase(Locale.ROOT))).orElse("")));
        model.recordsOfPerson().addListener((javafx.collections.ListChangeListener<Object>) c -> table.refresh());
        writeRecord.disableProperty().bind(model.personProperty().isNull());
        writeRecord.setOnAction(e -> model.writeRecord(table.getSelectionModel().getSelectedItem(), f -> host.show(f),
                () -> host.close()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.archivedNoteProperty().get().isEmpty()) {
                model.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        // A leaver's sheet is archived: it reads as it was left, and the note above says how to reopen it.
        var archived = model.archivedNoteProperty().isNotEmpty();
        archivedNote.textProperty().bind(model.archivedNoteProperty());
        archivedNote.visibleProperty().bind(archived);
        archivedNote.managedProperty().bind(archived);
        var none = table.getSelectionModel().selectedItemProperty().isNull().or(archived);
        add.disableProperty().bind(model.personProperty().isNull().or(archived));
        schedule.disableProperty().bind(model.personProperty().isNull().or(archived));
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        add.setOnAction(e -> model.startAdd());
        edit.setOnAction(e -> model.edit(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        schedule.setOnAction(e -> model.generateSchedule());

        findings.setItems(model.findings());
        findings.setCellFactory(l -> new uk.supervisiondesk.ui.controls.FindingCell());
        buildForm();
    }

    private void buildForm() {
        SessionFormViewModel f = model.form();
        formScroll.visibleProperty().bind(f.editingProperty());
        formScroll.managedProperty().bind(f.editingProperty());
        // Save and Cancel stay in view below the form however far it scrolls.
        formButtons.visibleProperty().bind(f.editingProperty());
        formButtons.managedProperty().bind(f.editingProperty());
        formHeading.textProperty().bind(f.headingProperty());
        gapNotice.textProperty().bind(f.gapNoticeProperty());
        gapNotice.visibleProperty().bind(f.gapNoticeProperty().isNotEmpty());
        gapNotice.managedProperty().bind(gapNotice.visibleProperty());

        FormSection section = new FormSection(Messages.get("sessions.form.section"));
        section.date(Messages.get("sessions.field.date"), "sessionDate", f.dateProperty(), f.error(DATE), true);
        section.choice(Messages.get("sessions.field.kind"), "sessionKind",
                FXCollections.observableArrayList(SessionKind.values()), f.kindProperty(), f.error(KIND), true);
        var outcome = section.choice(Messages.get("sessions.field.outcome"), "sessionOutcome",
                FXCollections.observableArrayList(SessionOutcome.values()), f.outcomeProperty(), f.error(OUTCOME),
                true);
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionOutcome o) {
                return o == null ? "" : outcomeText(o);
            }

            @Override
            public SessionOutcome fromString(String s) {
                return null;
            }
        });
        outcome.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SessionOutcome o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : outcomeText(o));
            }
        });
        section.date(Messages.get("sessions.field.rescheduledTo"), "sessionRescheduledTo", f.rescheduledToProperty(),
                f.error(RESCHEDULED_TO), false);
        section.area(Messages.get("sessions.field.reason"), "sessionReason", f.reasonProperty(), f.error(REASON),
                false);
        section.area(Messages.get("sessions.field.gapReason"), "sessionGapReason", f.gapReasonProperty(),
                f.error(GAP_REASON), false);
        section.date(Messages.get("sessions.field.sharedOn"), "sessionSharedOn", f.sharedOnProperty(),
                f.error(SHARED_ON), false);
        section.date(Messages.get("sessions.field.signedOn"), "sessionSignedOn", f.signedOnProperty(),
                f.error(SIGNED_ON), false);
        fields.getChildren().setAll(section);
        save.setOnAction(e -> model.save());
        cancel.setOnAction(e -> model.cancelEdit());
    }

    static String outcomeText(SessionOutcome outcome) {
        return Messages.get("outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }

    private static void column(TableColumn<SessionEntry, String> column, Function<SupervisionSession, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().session())));
    }

    private static String sortable(String ukDate) {
        try {
            return UkDates.parse(ukDate).map(LocalDate::toString).orElse("");
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    @Override
    public Parent root() {
        return host.root();
    }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public void requestLeave(Runnable proceed) {
        host.requestLeave(proceed);
    }

    @Override
    public void saveWhatSavesItself() {
        host.saveOpenRecord();
    }

    /** Opens one of a supervisee's records in place of the sheet. */
    public void showRecord(long superviseeId, long recordId) {
        model.showRecord(superviseeId, recordId, f -> host.show(f), () -> host.close());
    }

    /** Opens the sheet of one supervisee. */
    public void show(long superviseeId) {
        model.show(superviseeId);
    }
}
