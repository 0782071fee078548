package uk.supervisiondesk.app.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for `bench startup`: an empty JavaFX window, timed the same way as the app.
 * The main class must not itself extend Application, or a class-path launch is refused.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The empty window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1180, 780));
            stage.show();
            FirstFrameProbe.reportAndExit(stage.getScene());
        }
    }
}
