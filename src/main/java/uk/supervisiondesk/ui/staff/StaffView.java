package uk.supervisiondesk.ui.staff;

import static uk.supervisiondesk.domain.SuperviseeField.*;

import java.util.Arrays;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SuperviseeField;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.FormSection;

/** The staff register: the list on the left, the open front sheet on the right. Binds only. */
public final class StaffView implements DeskView {
    private static final ObservableList<String> TITLES =
            FXCollections.observableArrayList("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr");

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final StaffViewModel model;
    private final Parent root;
    private uk.supervisiondesk.ui.controls.FollowFocus followFocus;
    private boolean syncingSelection;

    @FXML private Button newButton;
    @FXML private TextField search;
    @FXML private ComboBox<uk.supervisiondesk.ui.controls.Choice<String>> teamFilter;
    @FXML private ComboBox<uk.supervisiondesk.ui.controls.Choice<Role>> roleFilter;
    @FXML private ComboBox<StaffListViewModel.Status> statusFilter;
    @FXML private TableView<StaffRow> table;
    @FXML private TableColumn<StaffRow, String> nameColumn;
    @FXML private TableColumn<StaffRow, String> numberColumn;
    @FXML private TableColumn<StaffRow, String> roleColumn;
    @FXML private TableColumn<StaffRow, String> teamColumn;
    @FXML private TableColumn<StaffRow, String> statusColumn;
    @FXML private Label emptyList;
    @FXML private Label count;
    @FXML private Label heading;
    @FXML private ScrollPane formScroll;
    @FXML private VBox formBox;
    @FXML private Label unsaved;
    @FXML private Button revertButton;
    @FXML private Button saveButton;

    public StaffView(StaffViewModel model) {
        this.model = model;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        bindList();
        buildForm();
        bindButtons();
    }

    private void bindList() {
        StaffListViewModel list = model.list();
        search.textProperty().bindBidirectional(list.searchProperty());
        teamFilter.setItems(list.teamChoices());
        teamFilter.valueProperty().bindBidirectional(list.teamProperty());
        roleFilter.setItems(list.roleChoices());
        roleFilter.valueProperty().bindBidirectional(list.roleProperty());
        statusFilter.setItems(FXCollections.observableArrayList(StaffListViewModel.Status.values()));
        statusFilter.valueProperty().bindBidirectional(list.statusProperty());

        var sorted = new javafx.collections.transformation.SortedList<>(list.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        column(nameColumn, StaffRow::name);
        column(numberColumn, StaffRow::employeeNumber);
        column(roleColumn, StaffRow::role);
        column(teamColumn, StaffRow::team);
        column(statusColumn, StaffRow::status);
        emptyList.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get(list.allRows().isEmpty() ? "staff.empty" : "staff.noMatch"), list.allRows()));
        count.textProperty().bind(list.countText());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncingSelection && row != null) {
                model.open(row);
            }
        });
        model.openProperty().addListener((obs, old, row) -> selectInTable(row));
    }

    private static void column(TableColumn<StaffRow, String> column, java.util.function.Function<StaffRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Keeps the table's selection on the open row, including when the user chose to stay put. */
    private void selectInTable(StaffRow row) {
        syncingSelection = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void buildForm() {
        followFocus = new uk.supervisiondesk.ui.controls.FollowFocus(formScroll, formBox);
        SuperviseeFormViewModel f = model.form();
        heading.textProperty().bind(f.headingProperty());

        FormSection personal = new FormSection(Messages.get("staff.section.personal"));
        personal.text(label(EMPLOYEE_NUMBER), id(EMPLOYEE_NUMBER), f.text(EMPLOYEE_NUMBER), f.error(EMPLOYEE_NUMBER), true);
        personal.suggest(label(TITLE), id(TITLE), TITLES, f.text(TITLE), f.error(TITLE), false);
        personal.text(label(FORENAMES), id(FORENAMES), f.text(FORENAMES), f.error(FORENAMES), true);
        personal.text(label(SURNAME), id(SURNAME), f.text(SURNAME), f.error(SURNAME), true);
        personal.text(label(PREVIOUS_NAMES), id(PREVIOUS_NAMES), f.text(PREVIOUS_NAMES), f.error(PREVIOUS_NAMES), false);
        personal.date(label(DATE_OF_BIRTH), id(DATE_OF_BIRTH), f.text(DATE_OF_BIRTH), f.error(DATE_OF_BIRTH), false);

        FormSection job = new FormSection(Messages.get("staff.section.job"));
        job.text(label(JOB_TITLE), id(JOB_TITLE), f.text(JOB_TITLE), f.error(JOB_TITLE), false);
        job.choice(label(ROLE), id(ROLE), FXCollections.observableArrayList(Role.values()), f.roleProperty(),
                f.error(ROLE), true);
        job.suggest(label(TEAM), id(TEAM), FXCollections.observableArrayList(), f.text(TEAM), f.error(TEAM), true);
        job.text(label(SUPERVISOR), id(SUPERVISOR), f.text(SUPERVISOR), f.error(SUPERVISOR), false);
        job.area(label(WORKPLACE_ADDRESS), id(WORKPLACE_ADDRESS), f.text(WORKPLACE_ADDRESS), f.error(WORKPLACE_ADDRESS), false);
        job.check(Messages.get("staff.field.partTime"), "partTime", f.partTimeProperty());
        TextField hours = job.text(label(HOURS_PER_WEEK), id(HOURS_PER_WEEK), f.text(HOURS_PER_WEEK),
                f.error(HOURS_PER_WEEK), false);
        hours.disableProperty().bind(f.partTimeProperty().not());
        job.date(label(EMPLOYMENT_START), id(EMPLOYMENT_START), f.text(EMPLOYMENT_START), f.error(EMPLOYMENT_START), true);
        job.date(label(CURRENT_POST_START), id(CURRENT_POST_START), f.text(CURRENT_POST_START),
                f.error(CURRENT_POST_START), false);
        job.date(label(ASYE_START), id(ASYE_START), f.text(ASYE_START), f.error(ASYE_START), false);
        job.date(label(LEAVING_DATE), id(LEAVING_DATE), f.text(LEAVING_DATE), f.error(LEAVING_DATE), false);
        job.text(label(WORK_MOBILE), id(WORK_MOBILE), f.text(WORK_MOBILE), f.error(WORK_MOBILE), false);

        FormSection contact = new FormSection(Messages.get("staff.section.contact"));
        contact.area(label(HOME_ADDRESS), id(HOME_ADDRESS), f.text(HOME_ADDRESS), f.error(HOME_ADDRESS), false);
        contact.text(label(HOME_PHONE), id(HOME_PHONE), f.text(HOME_PHONE), f.error(HOME_PHONE), false);
        contact.text(label(MOBILE_PHONE), id(MOBILE_PHONE), f.text(MOBILE_PHONE), f.error(MOBILE_PHONE), false);

        FormSection emergency = new FormSection(Messages.get("staff.section.emergency"));
        emergency.text(label(EMERGENCY_NAME), id(EMERGENCY_NAME), f.text(EMERGENCY_NAME), f.error(EMERGENCY_NAME), false);
        emergency.text(label(EMERGENCY_RELATIONSHIP), id(EMERGENCY_RELATIONSHIP), f.text(EMERGENCY_RELATIONSHIP),
                f.error(EMERGENCY_RELATIONSHIP), false);
        emergency.text(label(EMERGENCY_DAYTIME_PHONE), id(EMERGENCY_DAYTIME_PHONE), f.text(EMERGENCY_DAYTIME_PHONE),
                f.error(EMERGENCY_DAYTIME_PHONE), false);
        emergency.text(label(EMERGENCY_EVENING_PHONE), id(EMERGENCY_EVENING_PHONE), f.text(EMERGENCY_EVENING_PHONE),
                f.error(EMERGENCY_EVENING_PHONE), false);
        emergency.text(label(EMERGENCY_MOBILE_PHONE), id(EMERGENCY_MOBILE_PHONE), f.text(EMERGENCY_MOBILE_PHONE),
                f.error(EMERGENCY_MOBILE_PHONE), false);
        emergency.area(label(EMERGENCY_ADDRESS), id(EMERGENCY_ADDRESS), f.text(EMERGENCY_ADDRESS),
                f.error(EMERGENCY_ADDRESS), false);

        RoleHistoryPane history = new RoleHistoryPane(f);
        formBox.getChildren().addAll(personal, job, history, contact, emergency);

        // Team suggestions come from the register, so spelling stays consistent.
        model.list().teamChoices().addListener((javafx.collections.ListChangeListener<Object>) c -> refreshTeams());
        refreshTeams();
    }

    private void refreshTeams() {
        Node node = formBox.lookup("#" + id(TEAM));
        if (node instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> teams = (ComboBox<String>) box;
            String typed = teams.getEditor().getText();
            teams.getItems().setAll(model.list().knownTeams());
            teams.getEditor().setText(typed);
        }
    }

    private void bindButtons() {
        SuperviseeFormViewModel f = model.form();
        unsaved.visibleProperty().bind(f.dirtyProperty());
        saveButton.disableProperty().bind(model.savingProperty().or(f.dirtyProperty().not()));
        revertButton.disableProperty().bind(model.savingProperty().or(f.dirtyProperty().not()));
        saveButton.setOnAction(e -> saveAndShowProblems());
        revertButton.setOnAction(e -> model.revert());
        newButton.setOnAction(e -> startNew());
    }

    /** Opens a supervisee's front sheet (asking first about unsaved changes to another). */
    /**
     * Adds "Export supervisee's file" beside Save: files the saved supervisee's whole supervision
     * file into the export folder (issue 7). Only for someone already saved.
     */
    public void addExportButton(java.util.function.Consumer<uk.supervisiondesk.domain.Supervisee> export) {
        Button button = new Button(Messages.get("exportFile.supervisee.button"));
        button.setId("exportSuperviseeFile");
        button.disableProperty().bind(model.form().editingExistingProperty().not());
        button.setOnAction(e -> {
            var who = model.form().loadedSupervisee();
            if (who != null) {
                export.accept(who);
            }
        });
        javafx.scene.layout.Pane bar = (javafx.scene.layout.Pane) revertButton.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(revertButton), button);
    }

    public void openSupervisee(long id) {
        model.openById(id);
    }

    /** Starts a new front sheet and puts the cursor in its first field. */
    public void startNew() {
        model.startNew();
        Platform.runLater(() -> focus(id(EMPLOYEE_NUMBER)));
    }

    private void saveAndShowProblems() {
        model.save();
        model.form().firstProblem().ifPresent(field -> focus(id(field)));
    }

    private void saveIfDirty() {
        if (model.form().isDirty()) {
            saveAndShowProblems();
        }
    }

    private void focus(String id) {
        Node node = formBox.lookup("#" + id);
        if (node != null) {
            node.requestFocus();
        }
    }

    static String id(SuperviseeField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        Arrays.stream(words).skip(1).forEach(w -> id.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return id.toString();
    }

    private static String label(SuperviseeField field) {
        return Messages.get("staff.field." + id(field));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        var accelerators = root.getScene().getAccelerators();
        accelerators.put(SAVE, this::saveIfDirty);
        accelerators.put(FIND, search::requestFocus);
        followFocus.attach(root.getScene());
        model.refresh();
    }

    @Override
    public void deactivate() {
        root.getScene().getAccelerators().remove(SAVE);
        root.getScene().getAccelerators().remove(FIND);
        followFocus.detach(root.getScene());
    }

    @Override
    public void requestLeave(Runnable proceed) {
        model.whenSettled(proceed);
    }
}
