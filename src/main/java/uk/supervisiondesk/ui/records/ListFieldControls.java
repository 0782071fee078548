package uk.supervisiondesk.ui.records;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.DateField;

/** Controls for fields made of rows: case discussions, attendees, checklists and the year's dates. */
final class ListFieldControls {
    private ListFieldControls() {
    }

    /** Case discussions: reference (never a name), discussion, decisions, and a copy for the child's record. */
    static Node cases(RowListModel model, Consumer<RowListModel.Row> copyCaseNote) {
        TemplateField field = model.field();
        VBox rows = new VBox(10);
        Runnable redraw = () -> {
            rows.getChildren().clear();
            int n = 0;
            for (RowListModel.Row row : model.rows()) {
                n++;
                rows.getChildren().add(caseRow(field, model, row, n, copyCaseNote));
            }
        };
        model.rows().addListener((ListChangeListener<RowListModel.Row>) c -> {
            if (structural(c)) {
                redraw.run();
            }
        });
        redraw.run();
        Button add = new Button(Messages.get("record.case.add"));
        add.setId(field.key() + "Add");
        add.setOnAction(e -> model.addRow());
        return FieldBlock.of(field, add, new VBox(8, rows, add), model.errorProperty());
    }

    private static Node caseRow(TemplateField field, RowListModel model, RowListModel.Row row, int number,
                                Consumer<RowListModel.Row> copyCaseNote) {
        String prefix = field.key() + number;
        TextField reference = new TextField();
        reference.setId(prefix + "Reference");
        reference.setPromptText(Messages.get("record.case.prompt"));
        reference.setAccessibleText(Messages.get("record.case.referenceOf", number));
        reference.textProperty().bindBidirectional(row.part("reference"));
        var warning = new javafx.beans.property.ReadOnlyStringWrapper("");
        row.part("reference").addListener((obs, old, now) -> warning.set(
                CaseReferenceModel.CaseReferenceCheck.warningFor(now).orElse("")));
        warning.set(CaseReferenceModel.CaseReferenceCheck.warningFor(row.part("reference").get()).orElse(""));
        TextArea discussion = area(row.part("discussion"), prefix + "Discussion",
                Messages.get("record.case.discussionOf", number), 4);
        TextArea decisions = area(row.part("decisions"), prefix + "Decisions",
                Messages.get("record.case.decisionsOf", number), 3);
        Button copy = new Button(Messages.get("record.case.copy"));
        copy.setId(prefix + "Copy");
        copy.setOnAction(e -> copyCaseNote.accept(row));
        Button remove = new Button(Messages.get("record.case.remove"));
        remove.setOnAction(e -> model.removeRow(row));
        Label heading = new Label(Messages.get("record.case.heading", number));
        heading.getStyleClass().add("field-label");
        VBox box = new VBox(4, heading, labelled(Messages.get("record.case.reference"), reference),
                FieldBlock.warningLine(prefix + "Warning", warning.getReadOnlyProperty()),
                labelled(Messages.get("record.case.discussion"), discussion),
                labelled(Messages.get("record.case.decisions"), decisions), new HBox(8, copy, remove));
        box.getStyleClass().add("repeat-row");
        return box;
    }

    static Node attendees(RowListModel model) {
        TemplateField field = model.field();
        VBox rows = new VBox(4);
        Runnable redraw = () -> {
            rows.getChildren().clear();
            int n = 0;
            for (RowListModel.Row row : model.rows()) {
                n++;
                TextField name = new TextField();
                name.setId(field.key() + n + "Name");
                name.setPromptText(Messages.get("record.person.name"));
                name.setAccessibleText(Messages.get("record.attendee.name", n));
                name.textProperty().bindBidirectional(row.part("name"));
                TextField role = new TextField();
                role.setPromptText(Messages.get("record.person.role"));
                role.setAccessibleText(Messages.get("record.attendee.role", n));
                role.textProperty().bindBidirectional(row.part("role"));
                Button remove = new Button(Messages.get("record.remove"));
                remove.setAccessibleText(Messages.get("record.attendee.remove", n));
                remove.setOnAction(e -> model.removeRow(row));
                HBox line = new HBox(6, name, role, remove);
                HBox.setHgrow(name, Priority.ALWAYS);
                HBox.setHgrow(role, Priority.ALWAYS);
                rows.getChildren().add(line);
            }
        };
        model.rows().addListener((ListChangeListener<RowListModel.Row>) c -> {
            if (structural(c)) {
                redraw.run();
            }
        });
        redraw.run();
        Button add = new Button(Messages.get("record.attendee.add"));
        add.setId(field.key() + "Add");
        add.setOnAction(e -> model.addRow());
        return FieldBlock.of(field, add, new VBox(6, rows, add), model.errorProperty());
    }

    static Node checklist(ChecklistModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int r = 0;
        for (ChecklistModel.Item item : model.items()) {
            Label label = new Label(item.label());
            label.setWrapText(true);
            label.setMaxWidth(360);
            ComboBox<String> answer = new ComboBox<>(FXCollections.observableArrayList(ChecklistModel.ANSWERS));
            answer.setId(model.field().key() + r);
            answer.setAccessibleText(item.label());
            answer.valueProperty().bindBidirectional(item.answer());
            label.setLabelFor(answer);
            TextField comment = new TextField();
            comment.setPromptText(Messages.get("record.checklist.comment"));
            comment.setAccessibleText(Messages.get("record.checklist.commentOn", item.label()));
            comment.textProperty().bindBidirectional(item.comment());
            grid.addRow(r++, label, answer, comment);
        }
        Label title = new Label(model.field().label());
        title.getStyleClass().add("field-label");
        VBox box = new VBox(4, title, grid, FieldBlock.errorLine(model.field().key() + "Error", model.errorProperty()));
        box.getStyleClass().add("form-field");
        return box;
    }

    /** The agreed dates: each editable, with buttons to fill them from the policy and to send them to a calendar. */
    static Node schedule(ScheduleModel model, Runnable generate, Runnable exportCalendar) {
        TemplateField field = model.field();
        GridPane dates = new GridPane();
        dates.setHgap(8);
        dates.setVgap(4);
        Runnable redraw = () -> {
            dates.getChildren().clear();
            int n = 0;
            for (StringProperty date : model.dates()) {
                DateField input = new DateField();
                input.textField().setId(field.key() + n);
                input.setAccessibleName(Messages.get("record.schedule.date", n + 1));
                input.textProperty().bindBidirectional(date);
                Button remove = new Button(Messages.get("record.remove"));
                remove.setAccessibleText(Messages.get("record.schedule.remove", n + 1));
                remove.setOnAction(e -> model.remove(date));
                dates.add(new Label(Integer.toString(n + 1)), (n % 2) * 3, n / 2);
                dates.add(input, (n % 2) * 3 + 1, n / 2);
                dates.add(remove, (n % 2) * 3 + 2, n / 2);
                n++;
            }
        };
        model.dates().addListener((ListChangeListener<StringProperty>) c -> {
            if (structural(c)) {
                redraw.run();
            }
        });
        redraw.run();
        Button fill = new Button(Messages.get("record.schedule.generate"));
        fill.setId(field.key() + "Generate");
        fill.setOnAction(e -> generate.run());
        Button add = new Button(Messages.get("record.schedule.add"));
        add.setOnAction(e -> model.addDate());
        Button export = new Button(Messages.get("record.schedule.export"));
        export.setId(field.key() + "Export");
        export.setOnAction(e -> exportCalendar.run());
        return FieldBlock.of(field, fill, new VBox(6, dates, new HBox(8, fill, add, export)), model.errorProperty());
    }

    static Label labelledLabel(String text, javafx.scene.control.Control target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        label.getStyleClass().add("hint");
        return label;
    }

    private static VBox labelled(String text, javafx.scene.control.Control control) {
        return new VBox(2, labelledLabel(text, control), control);
    }

    private static TextArea area(StringProperty value, String id, String accessible, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setAccessibleText(accessible);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** Rows added or removed (not just edited), which is when the controls are rebuilt. */
    static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                return true;
            }
        }
        return false;
    }
}
