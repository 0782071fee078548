package uk.supervisiondesk.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        Alert alert = alert(Alert.AlertType.ERROR, title, whatHappened + "\n\n" + whatToDo);
        alert.showAndWait();
    }

    @Override
    public void showErrorWithDetails(String title, String whatHappened, String whatToDo,
                                     java.util.List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, whatHappened + "\n\n" + whatToDo);
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(String.join("\n", details));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(14, Math.max(4, details.size())));
        list.setAccessibleText(title);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, alert.getDialogPane().getContent(), list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(620);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, cancel);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Integer> chooseOne(String title, String message, java.util.List<String> options) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner.get());
        looksLikeOwner(dialog.getDialogPane());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        return dialog.showAndWait().map(options::indexOf);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String what) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved.title"),
                Messages.get("dialog.unsaved.message", what));
        alert.getButtonTypes().setAll(save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            return UnsavedChoice.SAVE;
        }
        return answer.filter(discard::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName, String kind,
                                                        String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(kind, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFileToOpen(String title, String kind, String... extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(kind,
                java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null) { // the caller has checked, off this thread, that it exists
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    /** Dialogs have scenes of their own: give them the window's stylesheets, text size and contrast. */
    private void looksLikeOwner(javafx.scene.control.DialogPane pane) {
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            pane.getStylesheets().setAll(window.getScene().getStylesheets());
            pane.setStyle(window.getScene().getRoot().getStyle());
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        looksLikeOwner(alert.getDialogPane());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A wrapping label, so long messages are read in full rather than cut off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setAccessibleText(title + ". " + message);
        return alert;
    }
}
