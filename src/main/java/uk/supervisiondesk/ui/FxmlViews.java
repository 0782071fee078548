package uk.supervisiondesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML, named after its class and kept beside it, with the view as controller. */
public final class FxmlViews {
    private FxmlViews() {
    }

    public static <T extends Parent> T load(Object controller) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing " + type.getSimpleName() + ".fxml beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
