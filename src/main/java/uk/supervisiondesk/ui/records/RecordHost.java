package uk.supervisiondesk.ui.records;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Shows a record form in place of a screen (the monitoring sheet, the agreements list) and
 * brings the screen back when the form closes. Leaving while a form is open saves it first.
 */
public final class RecordHost {
    private final StackPane root = new StackPane();
    private final Node home;
    private RecordFormView open;

    public RecordHost(Node home) {
        this.home = home;
        root.getChildren().add(home);
    }

    public void show(RecordFormView form) {
        open = form;
        home.setVisible(false);
        root.getChildren().setAll(home, form.root());
    }

    public void close() {
        open = null;
        root.getChildren().setAll(home);
        home.setVisible(true);
    }

    public void requestLeave(Runnable proceed) {
        if (open == null) {
            proceed.run();
        } else {
            open.leave(proceed);
        }
    }

    /** Saves the open record's last keystrokes now. */
    public void saveOpenRecord() {
        if (open != null) {
            open.leave(() -> { });
        }
    }

    public boolean showingRecord() {
        return open != null;
    }

    public Parent root() {
        return root;
    }
}
