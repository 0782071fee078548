package uk.supervisiondesk.ui.records;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.supervisiondesk.domain.ActionReviewDecision;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.DateField;

/** The actions table (what, who, by when) and the review of earlier actions. */
final class ActionControls {
    private ActionControls() {
    }

    static Node actions(ActionsModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setPercentWidth(50);
        javafx.scene.layout.ColumnConstraints who = new javafx.scene.layout.ColumnConstraints();
        who.setPercentWidth(22);
        grid.getColumnConstraints().addAll(what, who);
        Runnable redraw = () -> {
            grid.getChildren().clear();
            grid.addRow(0, header(Messages.get("record.action.what")), header(Messages.get("record.action.who")),
                    header(Messages.get("record.action.by")));
            int n = 0;
            for (ActionsModel.Draft d : model.drafts()) {
                n++;
                TextField whatField = field(d.what(), model.field().key() + n + "What",
                        Messages.get("record.action.whatOf", n));
                TextField whoField = field(d.who(), model.field().key() + n + "Who", Messages.get("record.action.whoOf", n));
                DateField by = new DateField();
                by.textField().setId(model.field().key() + n + "By");
                by.setAccessibleName(Messages.get("record.action.byOf", n));
                by.textProperty().bindBidirectional(d.dueBy());
                Button remove = new Button(Messages.get("record.remove"));
                remove.setAccessibleText(Messages.get("record.action.remove", n));
                remove.setOnAction(e -> model.remove(d));
                grid.addRow(n, whatField, whoField, by, remove);
            }
        };
        model.drafts().addListener((ListChangeListener<ActionsModel.Draft>) c -> {
            if (ListFieldControls.structural(c)) {
                redraw.run();
            }
        });
        redraw.run();
        Button add = new Button(Messages.get("record.action.add"));
        add.setId(model.field().key() + "Add");
        add.setOnAction(e -> model.add());
        return FieldBlock.of(model.field(), add, new VBox(6, grid, add), model.errorProperty());
    }

    static Node review(ActionReviewModel model) {
        VBox lines = new VBox(8);
        if (model.lines().isEmpty()) {
            Label none = new Label(Messages.get("record.review.none"));
            none.getStyleClass().add("hint");
            lines.getChildren().add(none);
        }
        int n = 0;
        for (ActionReviewModel.Line line : model.lines()) {
            n++;
            String prefix = model.field().key() + n;
            Label action = new Label(Messages.get("record.review.action", line.action().what(), line.action().who(),
                    UkDates.format(line.action().dueBy())));
            action.setWrapText(true);
            ComboBox<ActionReviewDecision.Outcome> outcome = new ComboBox<>(FXCollections.observableArrayList(
                    ActionReviewDecision.Outcome.values()));
            outcome.setId(prefix + "Outcome");
            outcome.setAccessibleText(Messages.get("record.review.outcomeOf", line.action().what()));
            outcome.valueProperty().bindBidirectional(line.outcome());
            outcome.setPromptText(Messages.get("record.review.choose"));
            outcome.setConverter(new StringConverter<>() {
                @Override
                public String toString(ActionReviewDecision.Outcome o) {
                    return o == null ? "" : outcomeText(o);
                }

                @Override
                public ActionReviewDecision.Outcome fromString(String s) {
                    return null;
                }
            });
            outcome.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(ActionReviewDecision.Outcome o, boolean empty) {
                    super.updateItem(o, empty);
                    setText(empty || o == null ? null : outcomeText(o));
                }
            });
            TextField note = field(line.note(), prefix + "Note", Messages.get("record.review.noteOf", line.action().what()));
            note.setPromptText(Messages.get("record.review.notePrompt"));
            DateField newDue = new DateField();
            newDue.textField().setId(prefix + "NewDue");
            newDue.textField().setPromptText(Messages.get("record.review.newDuePrompt"));
            newDue.setAccessibleName(Messages.get("record.review.newDueOf", line.action().what()));
            newDue.textProperty().bindBidirectional(line.newDueBy());
            newDue.visibleProperty().bind(line.outcome().isEqualTo(ActionReviewDecision.Outcome.CARRIED_FORWARD));
            newDue.managedProperty().bind(newDue.visibleProperty());
            GridPane row = new GridPane();
            row.setHgap(6);
            row.addRow(0, outcome, note, newDue);
            javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
            grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            row.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
            VBox box = new VBox(3, action, row);
            box.getStyleClass().add("repeat-row");
            lines.getChildren().add(box);
        }
        Label title = new Label(model.field().label());
        title.getStyleClass().add("field-label");
        VBox block = new VBox(4, title, lines, FieldBlock.errorLine(model.field().key() + "Error", model.errorProperty()));
        block.getStyleClass().add("form-field");
        return block;
    }

    static String outcomeText(ActionReviewDecision.Outcome outcome) {
        return Messages.get("record.review." + outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id, String accessible) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessible);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
