package uk.supervisiondesk.ui.observations;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.compliance.AsyeMilestoneDue;
import uk.supervisiondesk.prompts.CoverageOverTime;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.prompts.SupervisionFunction;
import uk.supervisiondesk.templates.RecordTypes;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.Choice;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.ui.records.RecordHost;
import uk.supervisiondesk.ui.records.TemplateSource;

/**
 * The Observations screen: for one supervisee, their observations of practice counted against
 * the policy, their ASYE milestones and tracker, and their supervision file audits. Binds only.
 */
public final class ObservationsView implements DeskView {
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    /** The record types this screen lists and opens. */
    public static final java.util.Set<String> SHOWS = java.util.Set.of(RecordTypes.OBSERVATION,
            RecordTypes.ASYE_TRACKER, RecordTypes.AUDIT);

    private final ObservationsViewModel model;
    private final TemplateSource templates;
    private final RecordHost host;

    public ObservationsView(ObservationsViewModel model, TemplateSource templates) {
        this.model = model;
        this.templates = templates;
        this.host = new RecordHost(page());
    }

    private Node page() {
        Label title = new Label(Messages.get("observations.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(Messages.get("observations.help"));
        help.getStyleClass().add("screen-help");
        help.setWrapText(true);

        Label personLabel = new Label(Messages.get("observations.person"));
        personLabel.setMnemonicParsing(true);
        SearchableComboBox<Choice<Supervisee>> person = new SearchableComboBox<>(model.picker().people());
        person.setId("observationPerson");
        person.setPrefWidth(340);
        person.valueProperty().bindBidirectional(model.picker().personProperty());
        person.setAccessibleText(Messages.get("observations.person.accessible"));
        personLabel.setLabelFor(person);
        CheckBox leavers = new CheckBox(Messages.get("observations.leavers"));
        leavers.setId("observationLeavers");
        leavers.selectedProperty().bindBidirectional(model.picker().includeLeaversProperty());
        HBox personRow = new HBox(8, personLabel, person, leavers);
        personRow.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(14, title, help, personRow, observationsSection(), asyeSection(), auditSection(),
                reflectionSection());
        page.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    private Node observationsSection() {
        Label count = wrapped("observationCount", model.observationCountProperty());
        TableView<SupervisionRecord> table = recordTable("observationTable", Messages.get("observations.table"),
                model.observations());
        table.getColumns().add(2, column(Messages.get("observations.col.observer"), r -> personText(r.values().get("observer"))));
        table.getColumns().add(3, column(Messages.get("observations.col.ownManager"), r -> yesNo(r.values().get("byOwnManager"))));
        Button add = button("newObservation", "observations.new");
        add.disableProperty().bind(model.picker().personProperty().isNull());
        add.setOnAction(e -> model.newObservation(host::show, host::close));
        Button open = openButton("openObservation", table);
        return section("observations.section", "observations.section.help", count, table, new HBox(8, add, open));
    }

    private Node asyeSection() {
        Label summary = wrapped("asyeSummary", model.asyeSummaryProperty());
        javafx.beans.binding.BooleanBinding shown = model.inAsyeProperty().and(Bindings.isNotEmpty(model.milestones()));
        TableView<AsyeMilestoneDue> table = new TableView<>(model.milestones());
        table.setId("milestoneTable");
        table.setAccessibleText(Messages.get("asye.table"));
        table.setPrefHeight(4 * 40 + 50);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("asye.table.empty")));
        table.getColumns().add(column(Messages.get("asye.col.milestone"), AsyeMilestoneDue::name));
        table.getColumns().add(column(Messages.get("asye.col.due"), m -> UkDates.format(m.dueOn())));
        table.getColumns().add(column(Messages.get("asye.col.state"), ObservationsViewModel::milestoneState));
        table.getColumns().add(column(Messages.get("asye.col.source"), AsyeMilestoneDue::source));
        table.visibleProperty().bind(shown);
        table.managedProperty().bind(shown);
        Button tracker = new Button();
        tracker.setId("openTracker");
        tracker.textProperty().bind(Bindings.when(model.trackerProperty().isNull())
                .then(Messages.get("asye.startTracker")).otherwise(Messages.get("asye.openTracker")));
        tracker.disableProperty().bind(model.inAsyeProperty().not());
        tracker.setOnAction(e -> model.openTracker(host::show, host::close));
        return section("asye.section", "asye.section.help", summary, table, new HBox(8, tracker));
    }

    private Node auditSection() {
        TableView<SupervisionRecord> table = recordTable("auditTable", Messages.get("audit.table"), model.audits());
        table.getColumns().add(2, column(Messages.get("audit.col.judgement"), r -> r.text("overallJudgement")));
        Button start = button("startAudit", "audit.start");
        start.disableProperty().bind(model.picker().personProperty().isNull());
        start.setOnAction(e -> model.startAudit(host::show, host::close));
        Button open = openButton("openAudit", table);
        return section("audit.section", "audit.section.help", table, new HBox(8, start, open));
    }

    private Node reflectionSection() {
        Label summary = wrapped("coverageSummary", model.coverageSummaryProperty());
        TableView<CoverageRow> table = new TableView<>();
        table.setId("coverageTable");
        table.setAccessibleText(Messages.get("reflection.table"));
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * 10 + 44);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.coverageMonths().addListener((javafx.collections.ListChangeListener<CoverageOverTime.Month>) c ->
                showCoverage(table, model.coverageMonths()));
        Label kssHeading = new Label(Messages.get("reflection.kss.title"));
        kssHeading.getStyleClass().add("field-label");
        javafx.scene.control.ListView<String> evidence = new javafx.scene.control.ListView<>(model.kssEvidence());
        evidence.setId("kssEvidence");
        evidence.setAccessibleText(Messages.get("reflection.kss.title"));
        evidence.setPrefHeight(150);
        evidence.setPlaceholder(new Label(Messages.get("reflection.kss.none")));
        evidence.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty ? null : line);
            }
        });
        kssHeading.setLabelFor(evidence);
        return section("reflection.section", "reflection.section.help", summary, table, kssHeading, evidence);
    }

    /** One line of the coverage table: what was counted, then one cell a month. */
    private record CoverageRow(String what, java.util.List<String> cells) {
    }

    /** Months across, stages and functions down, so the names fit and a month reads as a column. */
    private static void showCoverage(TableView<CoverageRow> table, java.util.List<CoverageOverTime.Month> months) {
        table.getColumns().clear();
        TableColumn<CoverageRow, String> what = column(Messages.get("reflection.col.what"), CoverageRow::what);
        what.setPrefWidth(310);
        what.setMinWidth(200);
        table.getColumns().add(what);
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            TableColumn<CoverageRow, String> month = column(MONTH.format(months.get(i).month()),
                    r -> r.cells().get(index));
            month.setPrefWidth(100);
            table.getColumns().add(month);
        }
        java.util.List<CoverageRow> rows = new java.util.ArrayList<>();
        rows.add(new CoverageRow(Messages.get("reflection.col.discussions"),
                months.stream().map(m -> String.valueOf(m.tally().discussions())).toList()));
        for (Stage stage : Stage.values()) {
            rows.add(new CoverageRow(stage.title(), months.stream()
                    .map(m -> covered(m.tally().discussions(), m.tally().timesCovered(stage))).toList()));
        }
        for (SupervisionFunction f : SupervisionFunction.values()) {
            rows.add(new CoverageRow(Messages.get("reflection.function", f.title()), months.stream()
                    .map(m -> covered(m.tally().discussions(), m.tally().timesCovered(f))).toList()));
        }
        rows.add(new CoverageRow(Messages.get("reflection.col.skipped"), months.stream()
                .map(m -> m.tally().discussions() == 0 ? "" : String.valueOf(m.tally().skippedReflection())).toList()));
        table.getItems().setAll(rows);
    }

    /** "2 of 3": how many of the month's discussions covered it; blank in a month without any. */
    private static String covered(int discussions, int times) {
        return discussions == 0 ? "" : Messages.get("reflection.covered", times, discussions);
    }

    private TableView<SupervisionRecord> recordTable(String id, String accessible,
                                                     javafx.collections.ObservableList<SupervisionRecord> items) {
        TableView<SupervisionRecord> table = new TableView<>(items);
        table.setId(id);
        table.setAccessibleText(accessible);
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("observations.table.empty")));
        table.getColumns().add(column(Messages.get("observations.col.date"), r -> UkDates.format(r.recordDate())));
        table.getColumns().add(column(Messages.get("observations.col.form"), r -> templates.byKey(r.templateKey())
                .map(t -> t.title()).orElse(r.templateKey())));
        table.getColumns().add(column(Messages.get("observations.col.status"), r -> Messages.get("sessions.record."
                + r.status().name().toLowerCase(Locale.ROOT))));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(table.getSelectionModel().getSelectedItem(), host::show, host::close);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem(), host::show, host::close);
            }
        });
        return table;
    }

    private Button openButton(String id, TableView<SupervisionRecord> table) {
        Button open = button(id, "observations.open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem(), host::show, host::close));
        return open;
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }

    private static Node section(String titleKey, String helpKey, Node... content) {
        Label heading = new Label(Messages.get(titleKey));
        heading.getStyleClass().add("form-section-title");
        Label help = new Label(Messages.get(helpKey));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        VBox box = new VBox(8, heading, help);
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static Label wrapped(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static Button button(String id, String key) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    private static String personText(Object stored) {
        if (stored instanceof Map<?, ?> person) {
            String name = String.valueOf(person.get("name") == null ? "" : person.get("name")).strip();
            String role = String.valueOf(person.get("role") == null ? "" : person.get("role")).strip();
            return role.isEmpty() ? name : Messages.get("observations.observer", name, role);
        }
        return "";
    }

    private static String yesNo(Object stored) {
        if (stored == null) {
            return "";
        }
        return Messages.get(Boolean.parseBoolean(stored.toString()) ? "observations.yes" : "observations.no");
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
