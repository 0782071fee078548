package uk.supervisiondesk.ui.controls;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps to the column's width instead of being cut off with "...". */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        text.getStyleClass().add("wrapping-cell-text");
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
        } else {
            text.setText(item);
            setGraphic(text);
            setAccessibleText(item);
        }
    }
}
