package uk.supervisiondesk.ui.records;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.templates.FieldType;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.DateField;

/** Controls for the single-valued fields: text, dates, choices, question pairs, people. */
final class SimpleFieldControls {
    private SimpleFieldControls() {
    }

    static Node text(TextFieldModel model) {
        TemplateField field = model.field();
        boolean multiline = field.type() == FieldType.LONG_TEXT || field.type() == FieldType.GAP_REASON;
        javafx.scene.control.TextInputControl input;
        if (multiline) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(field.reflective() ? 6 : 3);
            input = area;
        } else {
            TextField line = new TextField();
            if (field.type() == FieldType.TIME) {
                line.setPromptText(Messages.get("record.timePrompt"));
                line.setPrefColumnCount(6);
            }
            input = line;
        }
        input.textProperty().bindBidirectional(model.textProperty());
        VBox block = FieldBlock.of(field, input, input, model.errorProperty());
        if (field.preparedBySupervisee()) {
            input.setPromptText(Messages.get("preparation.prompt"));
        }
        if (model instanceof CaseReferenceModel caseRef) {
            input.setPromptText(Messages.get("record.case.prompt"));
            block.getChildren().add(block.getChildren().size() - 1,
                    FieldBlock.warningLine(field.key() + "Warning", caseRef.warningProperty()));
        }
        return block;
    }

    static Node date(DateFieldModel model) {
        DateField date = new DateField();
        date.textProperty().bindBidirectional(model.textProperty());
        date.setAccessibleName(model.field().label());
        date.setMaxWidth(220);
        if (model.field().type() == FieldType.LAST_SESSION_DATE) {
            // Read from the monitoring sheet, so it cannot disagree with it.
            date.textField().setEditable(false);
            date.setDisable(true);
        }
        return FieldBlock.of(model.field(), date.textField(), date, model.errorProperty());
    }

    @SuppressWarnings("unchecked")
    static Node choice(ChoiceFieldModel<?> model) {
        ComboBox<Object> box = new ComboBox<>(FXCollections.observableArrayList(model.options()));
        box.valueProperty().bindBidirectional((javafx.beans.property.ObjectProperty<Object>) model.valueProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return display(model.field(), value);
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : display(model.field(), value));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return FieldBlock.of(model.field(), box, box, model.errorProperty());
    }

    /** Yes and No in words; frequencies as "Every 2 weeks". */
    static String display(TemplateField field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return Messages.get(yes ? "record.yes" : "record.no");
        }
        if (field.type() == FieldType.FREQUENCY) {
            return Span.parse(value.toString()).map(s -> Messages.get("record.every", s.toString().startsWith("1 ")
                    ? s.unit().singular() : s.toString())).orElse(value.toString());
        }
        return value.toString();
    }

    static Node questionPair(QuestionPairModel model) {
        TemplateField field = model.field();
        Label question = new Label(field.question());
        question.setWrapText(true);
        question.getStyleClass().add("question");
        TextArea answer = area(model.answerProperty(), field.key() + "Answer",
                Messages.get("record.question.answer", field.question()));
        TextArea comment = area(model.commentProperty(), field.key() + "Comment",
                Messages.get("record.question.comment", field.question()));
        Label answerLabel = new Label(Messages.get("record.question.answerLabel"));
        answerLabel.setLabelFor(answer);
        Label commentLabel = new Label(Messages.get("record.question.commentLabel"));
        commentLabel.setLabelFor(comment);
        VBox box = new VBox(3, question, answerLabel, answer, commentLabel, comment,
                FieldBlock.errorLine(field.key() + "Error", model.errorProperty()));
        box.getStyleClass().addAll("form-field", "question-pair");
        return box;
    }

    private static TextArea area(javafx.beans.property.StringProperty value, String id, String accessible) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setAccessibleText(accessible);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    static Node person(PersonFieldModel model) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText(Messages.get("record.person.name"));
        TextField role = new TextField();
        role.setId(model.field().key() + "Role");
        role.textProperty().bindBidirectional(model.roleProperty());
        role.setPromptText(Messages.get("record.person.role"));
        role.setAccessibleText(Messages.get("record.person.roleOf", model.field().label()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.add(name, 0, 0);
        grid.add(role, 1, 0);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        return FieldBlock.of(model.field(), name, grid, model.errorProperty());
    }

}
