package uk.supervisiondesk.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.ui.Messages;

/** A compliance finding in a list: its level in words ("Overdue: ...") and in colour, wrapped to fit. */
public final class FindingCell extends ListCell<Finding> {
    private final Label text = new Label();

    public FindingCell() {
        text.setWrapText(true);
        text.maxWidthProperty().bind(widthProperty().subtract(24));
        // Without this the cell keeps one line's height and cuts the finding off.
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String line = Messages.get("status." + finding.level().key()) + ": " + finding.text();
        text.setText(line);
        text.getStyleClass().removeIf(c -> c.startsWith("status-"));
        text.getStyleClass().add("status-" + finding.level().key().replace('_', '-'));
        setGraphic(text);
        setAccessibleText(line);
    }
}
