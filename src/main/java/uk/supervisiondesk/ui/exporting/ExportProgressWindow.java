package uk.supervisiondesk.ui.exporting;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.ui.Messages;

/** A small window over the main one: what is being filed, a progress bar, and Cancel. */
public final class ExportProgressWindow {
    private ExportProgressWindow() {
    }

    public static Stage show(Node from, String title, ExportJob job, Consumer<SupervisionFileExport.Summary> onDone,
                             Consumer<Throwable> onFailed, Runnable onCancelled) {
        Label what = new Label();
        what.setId("exportProgressText");
        what.setWrapText(true);
        what.textProperty().bind(job.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(job.progressProperty());
        bar.setAccessibleText(Messages.get("exportFile.progress.accessible"));
        Button cancel = new Button(Messages.get("exportFile.cancel"));
        cancel.setId("cancelExport");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            job.cancel(false);
        });
        VBox content = new VBox(12, what, bar, cancel);
        content.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.setTitle(title);
        Window owner = from == null || from.getScene() == null ? null : from.getScene().getWindow();
        Scene scene = new Scene(content, 460, 160);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // Closing the window is the same as Cancel: the export stops after the file it is on.
        stage.setOnCloseRequest(e -> job.cancel(false));
        job.setOnSucceeded(e -> {
            stage.close();
            onDone.accept(job.getValue());
        });
        job.setOnFailed(e -> {
            stage.close();
            if (job.getException() instanceof SupervisionFileExport.CancelledException) {
                onCancelled.run();
            } else {
                onFailed.accept(job.getException());
            }
        });
        job.setOnCancelled(e -> {
            stage.close();
            onCancelled.run();
        });
        stage.show();
        cancel.requestFocus();
        return stage;
    }
}
