package uk.supervisiondesk.ui.safety;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.safety.BackupSettings;
import uk.supervisiondesk.ui.Messages;

/** The Settings sections for locking, the passphrase, backups and restoring. Binds only. */
public final class SecuritySettingsView {
    private final SecuritySettingsViewModel model;
    private final VBox root;
    /** Held here: a bidirectional binding keeps only weak references to both ends. */
    private final javafx.beans.property.ObjectProperty<Integer> idleMinutes;
    private final javafx.beans.property.ObjectProperty<Integer> keepCount;

    public SecuritySettingsView(SecuritySettingsViewModel model) {
        this.model = model;
        this.idleMinutes = model.idleMinutesProperty().asObject();
        this.keepCount = model.keepProperty().asObject();
        root = new VBox(18, lockSection(), passphraseSection(), backupSection(), restoreSection());
    }

    private VBox lockSection() {
        Spinner<Integer> minutes = new Spinner<>(1, 60, 10);
        minutes.setId("idleMinutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.getValueFactory().valueProperty().bindBidirectional(idleMinutes);
        minutes.setAccessibleText(Messages.get("safety.idle.accessible"));
        Label label = labelFor("safety.idle.label", minutes);
        Button save = button("saveIdleTime", "safety.idle.save", model::saveIdleTime);
        Button lock = button("lockNow", "safety.lockNow", model::lockNow);
        Label note = hint(new Label());
        note.textProperty().bind(model.idleNoteProperty());
        HBox row = new HBox(8, label, minutes, save, lock);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("safety.lock.title", "safety.lock.help", row, note);
    }

    private VBox passphraseSection() {
        PasswordField old = password("oldPassphrase", "safety.passphrase.old.accessible", model.oldPassphraseProperty());
        PasswordField fresh = password("newPassphrase", "safety.passphrase.new.accessible",
                model.newPassphraseProperty());
        PasswordField again = password("newPassphraseAgain", "safety.passphrase.again.accessible",
                model.confirmationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        // Said right under the field it is about: a wrong current passphrase changes nothing.
        VBox oldWithError = new VBox(4, old, error("oldPassphraseError", model.oldPassphraseErrorProperty()));
        Label oldLabel = labelFor("safety.passphrase.old", old);
        GridPane.setValignment(oldLabel, javafx.geometry.VPos.TOP);
        oldLabel.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        grid.addRow(0, oldLabel, oldWithError);
        grid.addRow(1, labelFor("safety.passphrase.new", fresh), fresh);
        grid.addRow(2, labelFor("safety.passphrase.again", again), again);
        GridPane.setHgrow(oldWithError, Priority.ALWAYS);
        // A wrong current passphrase: the reason is read out with the field, and the field is ready to retype.
        old.accessibleHelpProperty().bind(model.oldPassphraseErrorProperty());
        model.oldPassphraseErrorProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                old.requestFocus();
            }
        });
        Label hint = hint(new Label());
        hint.textProperty().bind(model.passphraseHintProperty());
        Label error = error("passphraseError", model.passphraseErrorProperty());
        Button change = button("changePassphrase", "safety.passphrase.change", model::changePassphrase);
        change.disableProperty().bind(model.canChangePassphraseBinding().not());
        again.setOnAction(e -> model.changePassphrase());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(22, 22);
        checking.visibleProperty().bind(model.checkingOldPassphraseProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        checking.setAccessibleText(Messages.get("safety.passphrase.checkingCurrent"));
        HBox changeRow = new HBox(8, change, checking);
        changeRow.setAlignment(Pos.CENTER_LEFT);
        return section("safety.passphrase.title", "safety.passphrase.help", grid, hint, error, changeRow);
    }

    private VBox backupSection() {
        TextField folder = new TextField();
        folder.setId("backupFolder");
        folder.textProperty().bindBidirectional(model.backupFolderProperty());
        folder.setAccessibleText(Messages.get("safety.backup.folder.accessible"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = button("chooseBackupFolder", "safety.backup.choose", model::chooseBackupFolder);
        choose.setAccessibleText(Messages.get("safety.backup.choose.accessible"));
        Button saveFolder = button("saveBackupFolder", "safety.backup.saveFolder", model::saveBackupFolder);
        Label folderError = error("backupFolderError", model.backupFolderErrorProperty());

        Spinner<Integer> keep = new Spinner<>(1, BackupSettings.MOST_KEPT, BackupSettings.DEFAULT_KEEP);
        keep.setId("backupKeep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        keep.getValueFactory().valueProperty().bindBidirectional(keepCount);
        keep.setAccessibleText(Messages.get("safety.backup.keep.accessible"));
        Button saveKeep = button("saveBackupKeep", "safety.backup.saveKeep", model::saveKeep);
        HBox keepRow = new HBox(8, labelFor("safety.backup.keep", keep), keep, saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);

        Button now = button("backUpNow", "safety.backup.now", model::backUpNow);
        now.disableProperty().bind(model.backingUpProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.backingUpProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText(Messages.get("safety.backup.working"));
        Label last = new Label();
        last.setId("lastBackup");
        last.textProperty().bind(model.lastBackupProperty());
        HBox nowRow = new HBox(8, now, progress, last);
        nowRow.setAlignment(Pos.CENTER_LEFT);
        return section("safety.backup.title", "safety.backup.help", labelFor("safety.backup.folder", folder),
                new HBox(8, folder, choose, saveFolder), folderError, keepRow, nowRow);
    }

    private VBox restoreSection() {
        TextField file = new TextField();
        file.setId("restoreFile");
        file.textProperty().bindBidirectional(model.restoreFileProperty());
        file.setAccessibleText(Messages.get("safety.restore.file.accessible"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = button("chooseRestoreFile", "safety.restore.choose", model::chooseRestoreFile);
        choose.setAccessibleText(Messages.get("safety.restore.choose.accessible"));
        PasswordField passphrase = password("restorePassphrase", "safety.restore.passphrase.accessible",
                model.restorePassphraseProperty());
        Button check = button("checkBackup", "safety.restore.check", model::checkBackup);
        check.disableProperty().bind(model.checkingProperty());
        passphrase.setOnAction(e -> model.checkBackup());
        Label contents = new Label();
        contents.setId("restoreContents");
        contents.setWrapText(true);
        contents.textProperty().bind(model.restoreContentsProperty());
        Button restore = button("restoreBackup", "safety.restore.button", model::restore);
        restore.disableProperty().bind(model.restoreCheckedProperty().not());
        return section("safety.restore.title", "safety.restore.help", labelFor("safety.restore.file", file),
                new HBox(8, file, choose), labelFor("safety.restore.passphrase", passphrase),
                new HBox(8, passphrase, check), contents, restore);
    }

    private static VBox section(String title, String help, Node... content) {
        Label heading = new Label(Messages.get(title));
        heading.getStyleClass().add("form-section-title");
        VBox box = new VBox(6, heading, hint(new Label(Messages.get(help))));
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static Label hint(Label label) {
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Label error(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label labelFor(String key, Control control) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return label;
    }

    private static PasswordField password(String id, String accessible, javafx.beans.property.StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(Messages.get(accessible));
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    public Node root() {
        return root;
    }

    public void refresh() {
        model.refresh();
    }
}
