package uk.supervisiondesk.ui.controls;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.ui.Messages;

/**
 * A compliance finding in a list: its level in words ("Overdue: ...") and in colour, wrapped to
 * the list's width. A Text node, unlike a Label, reports its wrapped height, so cells never overlap.
 */
public final class FindingCell extends ListCell<Finding> {
    private final Text text = new Text();

    public FindingCell() {
        listViewProperty().addListener((obs, old, list) -> {
            if (list != null) {
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
            }
        });
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
        text.getStyleClass().setAll("finding-text", "status-" + finding.level().key().replace('_', '-'));
        setGraphic(text);
        setAccessibleText(line);
    }
}
