package uk.supervisiondesk.app.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for `bench startup`: an empty JavaFX window, timed the same way as the app. */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1180, 780));
        stage.show();
        FirstFrameProbe.reportAndExit(stage.getScene());
    }
}
