package uk.supervisiondesk.ui.placeholder;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.ui.DeskView;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.NavigationTarget;

/**
 * A screen whose feature is not built yet. It says plainly what will live here and what to do
 * meanwhile, and shows no invented data.
 */
public final class ComingView implements DeskView {
    private final VBox root;

    public ComingView(NavigationTarget target) {
        Label title = new Label(target.title());
        title.getStyleClass().add("screen-title");
        Label what = new Label(Messages.get(target.messageKey() + ".description"));
        what.setWrapText(true);
        what.setId("comingDescription");
        Label when = new Label(Messages.get("coming.notYet"));
        when.setWrapText(true);
        when.getStyleClass().add("hint");
        root = new VBox(12, title, what, when);
        root.setPadding(new Insets(24));
        root.setMaxWidth(720);
        root.getStyleClass().add("coming-screen");
        root.setAccessibleText(target.title());
    }

    @Override
    public Node root() {
        return root;
    }
}
