package uk.supervisiondesk.ui.safety;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.safety.AuditExport;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.Messages;

/** The audit trail, leavers' files and subject access, on three tabs. Binds only. */
public final class AuditView implements DeskView {
    private final AuditViewModel model;
    private final VBox root;

    public AuditView(AuditViewModel model) {
        this.model = model;
        Label title = new Label(Messages.get("audit.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(Messages.get("audit.help"));
        help.getStyleClass().add("screen-help");
        help.setWrapText(true);
        TabPane tabs = new TabPane(tab("auditTab", "audit.tab", trail()), tab("retentionTab", "retention.tab",
                retention()), tab("subjectAccessTab", "subjectAccess.tab", subjectAccess()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(Messages.get("audit.tabs"));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(10, new VBox(4, title, help), tabs);
        root.setPadding(new Insets(16, 24, 16, 24));
    }

    private static Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node trail() {
        ComboBox<AuditViewModel.Person> person = new ComboBox<>(model.people());
        person.setId("auditPerson");
        person.valueProperty().bindBidirectional(model.personProperty());
        person.setAccessibleText(Messages.get("audit.filter.person"));
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.setId("auditAction");
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.setAccessibleText(Messages.get("audit.filter.action"));
        DatePicker from = datePicker("auditFrom", "audit.filter.from.accessible");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("auditTo", "audit.filter.to.accessible");
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox filters = new HBox(8, labelFor("audit.filter.person", person), person, labelFor("audit.filter.action",
                action), action, labelFor("audit.filter.from", from), from, labelFor("audit.filter.to", to), to);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditViewModel.Entry> table = new TableView<>(model.entries());
        table.setId("auditTable");
        table.setAccessibleText(Messages.get("auditTrail.table"));
        table.getColumns().add(column("audit.column.seq", (AuditViewModel.Entry x) -> x.seq(), 60));
        table.getColumns().add(column("audit.column.when", (AuditViewModel.Entry x) -> x.when(), 150));
        table.getColumns().add(column("audit.column.action", (AuditViewModel.Entry x) -> x.action(), 100));
        table.getColumns().add(column("audit.column.record", (AuditViewModel.Entry x) -> x.record(), 140));
        table.getColumns().add(column("audit.column.supervisee", (AuditViewModel.Entry x) -> x.supervisee(), 160));
        table.getColumns().add(column("audit.column.detail", (AuditViewModel.Entry x) -> x.detail(), 360));
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("auditShown");
        shown.textProperty().bind(model.shownProperty());

        Button check = button("checkAuditTrail", "audit.check", model::checkTrail);
        Label result = new Label();
        result.setId("auditCheckResult");
        result.setWrapText(true);
        result.textProperty().bind(model.checkResultProperty());
        Button csv = button("exportAuditCsv", "audit.export.csv", () -> model.export(AuditExport.Format.CSV));
        Button pdf = button("exportAuditPdf", "audit.export.pdf", () -> model.export(AuditExport.Format.PDF));
        HBox buttons = new HBox(8, check, csv, pdf);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, filters, table, shown, buttons, result);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private Node retention() {
        TableView<AuditViewModel.Leaver> table = new TableView<>(model.leavers());
        table.setId("leaverTable");
        table.setAccessibleText(Messages.get("retention.table"));
        table.getColumns().add(column("retention.column.name", (AuditViewModel.Leaver x) -> x.name(), 180));
        table.getColumns().add(column("retention.column.number", (AuditViewModel.Leaver x) -> x.employeeNumber(), 130));
        table.getColumns().add(column("retention.column.left", (AuditViewModel.Leaver x) -> x.leftOn(), 100));
        table.getColumns().add(column("retention.column.deletable", (AuditViewModel.Leaver x) -> x.deletableFrom(), 130));
        TableColumn<AuditViewModel.Leaver, Boolean> due = new TableColumn<>(Messages.get("retention.column.due"));
        due.setCellValueFactory(c -> new javafx.beans.property.SimpleBooleanProperty(c.getValue().due()));
        due.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Messages.get(item ? "retention.due.yes" : "retention.due.no"));
            }
        });
        due.setPrefWidth(140);
        table.getColumns().add(due);
        table.getColumns().add(column("retention.column.hold", (AuditViewModel.Leaver x) -> x.hold(), 260));
        table.setPlaceholder(new Label(Messages.get("retention.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.leaverProperty().set(now));
        model.leaverProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
        });
        table.setPrefHeight(220);

        TextField reason = new TextField();
        reason.setId("holdReason");
        reason.textProperty().bindBidirectional(model.holdReasonProperty());
        reason.setAccessibleText(Messages.get("retention.reason.accessible"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button hold = button("placeHold", "retention.hold", model::placeHold);
        Button release = button("releaseHold", "retention.release", model::releaseHold);
        hold.disableProperty().bind(Bindings.createBooleanBinding(() -> model.leaverProperty().get() == null
                || model.leaverProperty().get().held(), model.leaverProperty()));
        release.disableProperty().bind(Bindings.createBooleanBinding(() -> model.leaverProperty().get() == null
                || !model.leaverProperty().get().held(), model.leaverProperty()));
        HBox holdRow = new HBox(8, labelFor("retention.reason", reason), reason, hold, release);
        holdRow.setAlignment(Pos.CENTER_LEFT);

        TextField confirm = new TextField();
        confirm.setId("deleteConfirmation");
        confirm.textProperty().bindBidirectional(model.deleteConfirmationProperty());
        confirm.setAccessibleText(Messages.get("retention.confirm.accessible"));
        Button delete = button("deleteForGood", "retention.delete", model::deleteForGood);
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.leaverProperty().get() == null
                || model.deleteConfirmationProperty().get().isBlank(), model.leaverProperty(),
                model.deleteConfirmationProperty()));
        HBox deleteRow = new HBox(8, labelFor("retention.confirm", confirm), confirm, delete);
        deleteRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("retentionMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.retentionMessageProperty());
        Label help = new Label(Messages.get("retention.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        VBox box = new VBox(8, help, table, holdRow, deleteRow, message);
        box.setPadding(new Insets(10, 0, 0, 0));
        return scroll(box);
    }

    private Node subjectAccess() {
        ComboBox<AuditViewModel.Person> who = new ComboBox<>(model.people().filtered(p -> p.id() != null));
        who.setId("subjectPerson");
        who.valueProperty().bindBidirectional(model.subjectProperty());
        who.setAccessibleText(Messages.get("subjectAccess.person"));
        CheckBox notes = new CheckBox(Messages.get("subjectAccess.includeNotes"));
        notes.setId("includePersonalNotes");
        notes.selectedProperty().bindBidirectional(model.includePersonalNotesProperty());
        Button export = button("exportSubjectAccess", "subjectAccess.export", model::exportSubjectAccess);
        Label result = new Label();
        result.setId("subjectAccessResult");
        result.setWrapText(true);
        result.textProperty().bind(model.subjectAccessResultProperty());
        Label help = new Label(Messages.get("subjectAccess.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        HBox row = new HBox(8, labelFor("subjectAccess.person", who), who);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, help, row, notes, export, result);
        box.setPadding(new Insets(10, 0, 0, 0));
        return scroll(box);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private static <T> TableColumn<T, Object> column(String key, java.util.function.Function<T, Object> value,
                                                     double width) {
        TableColumn<T, Object> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static DatePicker datePicker(String id, String accessible) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(130);
        picker.setAccessibleText(Messages.get(accessible));
        picker.setConverter(new javafx.util.StringConverter<>() {
            private final java.time.format.DateTimeFormatter format =
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        });
        return picker;
    }

    private static Label labelFor(String key, Control control) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return label;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
    }
}
