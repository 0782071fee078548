package uk.supervisiondesk.ui.controls;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.ui.Messages;

/**
 * A titled block of a form laid out in two columns. Every field it makes has a visible label
 * tied to it (for screen readers and Alt+mnemonics), an accessible name, and an error line
 * beneath it that appears when the view-model reports a problem with the field.
 */
public final class FormSection extends VBox {
    private static final String ERROR_STYLE = "has-error";
    private final GridPane grid = new GridPane();
    private int column;
    private int row;

    public FormSection(String title) {
        getStyleClass().add("form-section");
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section-title");
        heading.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        grid.getStyleClass().add("form-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        getChildren().addAll(heading, grid);
    }

    public TextField text(String label, String id, StringProperty value, ReadOnlyStringProperty error,
                          boolean required) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        place(label, id, field, field, error, required, false);
        return field;
    }

    public TextArea area(String label, String id, StringProperty value, ReadOnlyStringProperty error,
                         boolean required) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.textProperty().bindBidirectional(value);
        place(label, id, area, area, error, required, false);
        return area;
    }

    public DateField date(String label, String id, StringProperty value, ReadOnlyStringProperty error,
                          boolean required) {
        DateField field = new DateField();
        field.textProperty().bindBidirectional(value);
        field.setAccessibleName(accessibleName(label, required));
        place(label, id, field.textField(), field, error, required, true);
        return field;
    }

    public <T> ComboBox<T> choice(String label, String id, ObservableList<T> items, ObjectProperty<T> value,
                                  ReadOnlyStringProperty error, boolean required) {
        ComboBox<T> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        place(label, id, box, box, error, required, false);
        return box;
    }

    /** An editable drop-down: pick a suggestion or type something else (titles, teams). */
    public ComboBox<String> suggest(String label, String id, ObservableList<String> suggestions,
                                    StringProperty value, ReadOnlyStringProperty error, boolean required) {
        ComboBox<String> box = new ComboBox<>(suggestions);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(value);
        place(label, id, box, box, error, required, false);
        box.getEditor().setAccessibleText(box.getAccessibleText());
        return box;
    }

    public CheckBox check(String label, String id, BooleanProperty value) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        box.setAccessibleText(label);
        VBox cell = new VBox(2, new Label(" "), box);
        addCell(cell, false);
        return box;
    }

    /** Adds any node, either in the next column or across both. */
    public void add(Node node, boolean wide) {
        addCell(node, wide);
    }

    /** Starts the next field on a new row even if the current row has a free column. */
    public void newRow() {
        if (column != 0) {
            column = 0;
            row++;
        }
    }

    private void place(String labelText, String id, Control focusTarget, Node shown, ReadOnlyStringProperty error,
                       boolean required, boolean alreadyNamed) {
        focusTarget.setId(id);
        Label label = new Label((required ? labelText + " *" : labelText));
        label.setLabelFor(focusTarget);
        label.getStyleClass().add("field-label");
        if (!alreadyNamed) {
            focusTarget.setAccessibleText(accessibleName(labelText, required));
        }
        Label errorLine = new Label();
        errorLine.setId(id + "Error");
        errorLine.getStyleClass().add("field-error");
        errorLine.setWrapText(true);
        if (error != null) {
            errorLine.textProperty().bind(error);
            errorLine.visibleProperty().bind(error.isNotEmpty());
            errorLine.managedProperty().bind(error.isNotEmpty());
            error.addListener((obs, old, now) -> showError(focusTarget, labelText, required, now));
            showError(focusTarget, labelText, required, error.get());
        } else {
            errorLine.setVisible(false);
            errorLine.setManaged(false);
        }
        VBox cell = new VBox(2, label, shown, errorLine);
        cell.getStyleClass().add("form-field");
        addCell(cell, focusTarget instanceof TextArea);
    }

    private static void showError(Control control, String label, boolean required, String error) {
        boolean has = error != null && !error.isEmpty();
        if (has && !control.getStyleClass().contains(ERROR_STYLE)) {
            control.getStyleClass().add(ERROR_STYLE);
        } else if (!has) {
            control.getStyleClass().remove(ERROR_STYLE);
        }
        control.setAccessibleHelp(has ? Messages.get("form.errorPrefix") + " " + error : null);
    }

    private static String accessibleName(String label, boolean required) {
        return required ? Messages.get("form.requiredName", label) : label;
    }

    private void addCell(Node cell, boolean wide) {
        if (wide) {
            newRow();
            grid.add(cell, 0, row, 2, 1);
            row++;
            return;
        }
        grid.add(cell, column, row);
        column++;
        if (column == 2) {
            column = 0;
            row++;
        }
    }
}
