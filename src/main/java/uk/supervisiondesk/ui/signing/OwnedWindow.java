package uk.supervisiondesk.ui.signing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of its own over the main window (a preview, a signing pad), looking like it: the
 * same stylesheets, text size and contrast. Shown without waiting, so work in the background
 * can report into it.
 */
final class OwnedWindow {
    private OwnedWindow() {
    }

    /** @param from any node of the main window, or null */
    static Stage open(Node from, String title, Parent content, double width, double height, boolean modal) {
        Stage stage = new Stage();
        stage.setTitle(title);
        Window owner = from == null || from.getScene() == null ? null : from.getScene().getWindow();
        Scene scene = new Scene(content, width, height);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                content.setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        if (modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
