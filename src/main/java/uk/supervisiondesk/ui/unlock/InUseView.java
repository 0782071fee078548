package uk.supervisiondesk.ui.unlock;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.ui.Messages;

/** Shown instead of the unlock screen when another copy of the app has the data folder open. */
public final class InUseView {
    private final StackPane root = new StackPane();

    public InUseView(String message, Runnable tryAgain, Runnable quit) {
        Label app = new Label(Messages.get("app.name"));
        app.getStyleClass().add("unlock-app-name");
        Label heading = new Label(Messages.get("inUse.heading"));
        heading.getStyleClass().add("unlock-heading");
        Label text = new Label(message);
        text.setId("inUseMessage");
        text.setWrapText(true);
        Button retry = new Button(Messages.get("inUse.retry"));
        retry.setId("inUseRetry");
        retry.setDefaultButton(true);
        retry.setOnAction(e -> tryAgain.run());
        Button close = new Button(Messages.get("inUse.quit"));
        close.setOnAction(e -> quit.run());
        VBox card = new VBox(12, app, heading, text, new HBox(8, retry, close));
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32, 36, 28, 36));
        card.setMaxWidth(520);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getStyleClass().add("unlock-screen");
        root.setAlignment(Pos.CENTER);
        root.getChildren().add(card);
    }

    public Parent root() {
        return root;
    }

}
