package uk.supervisiondesk.app;

import javafx.application.Application;
import javafx.stage.Stage;
import uk.supervisiondesk.app.bench.FirstFrameProbe;

/** The JavaFX entry point; all wiring is in {@link DeskRoot}. */
public final class DeskApplication extends Application {
    private static volatile DeskRoot.Options startOptions;
    private DeskRoot root;

    static void launch(DeskRoot.Options options) {
        startOptions = options;
        Application.launch(DeskApplication.class);
    }

    @Override
    public void init() {
        // Runs on the launcher thread, so claiming the data folder never delays the FX thread.
        root = new DeskRoot(startOptions);
        root.prepare();
    }

    @Override
    public void start(Stage stage) {
        root.show(stage);
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.reportAndExit(stage.getScene());
        }
    }

    @Override
    public void stop() {
        root.shutdown();
    }
}
