package uk.supervisiondesk.ui.records;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.templates.TemplateField;
import uk.supervisiondesk.ui.Messages;

/**
 * The frame every record field sits in: its label (tied to the control for screen readers and
 * Alt+mnemonics), a one-line hint, the control, and the line where a problem is shown.
 */
final class FieldBlock {
    private FieldBlock() {
    }

    static VBox of(TemplateField field, Control focusTarget, Node shown, ReadOnlyStringProperty error) {
        String labelText = field.required() ? field.label() + " *" : field.label();
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setLabelFor(focusTarget);
        if (focusTarget.getId() == null) {
            focusTarget.setId(field.key());
        }
        focusTarget.setAccessibleText(field.required() ? Messages.get("form.requiredName", field.label()) : field.label());
        VBox box = new VBox(3, label);
        if (!field.help().isEmpty()) {
            Label help = new Label(field.help());
            help.setWrapText(true);
            help.getStyleClass().add("hint");
            box.getChildren().add(help);
            focusTarget.setAccessibleHelp(field.help());
        }
        box.getChildren().add(shown);
        box.getChildren().add(errorLine(field.key() + "Error", error));
        box.getStyleClass().add("form-field");
        return box;
    }

    static Label errorLine(String id, ReadOnlyStringProperty error) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        line.getStyleClass().add("field-error");
        line.textProperty().bind(error);
        line.visibleProperty().bind(error.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    static Label warningLine(String id, ReadOnlyStringProperty warning) {
        Label line = errorLine(id, warning);
        line.getStyleClass().setAll("label", "field-warning");
        return line;
    }
}
