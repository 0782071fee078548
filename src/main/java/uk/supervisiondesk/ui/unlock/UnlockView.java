package uk.supervisiondesk.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.supervisiondesk.ui.Messages;

/**
 * The unlock and first-run screen. Only binds to its view-model. Unlike the other screens it is
 * built in code rather than FXML: it is the first thing drawn, and loading the FXML machinery
 * would add a noticeable fraction to the time before the window appears.
 */
public final class UnlockView {
    private final UnlockViewModel model;
    private final StackPane root = new StackPane();
    private final Timeline countdown;
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public UnlockView(UnlockViewModel model, String dataFolder) {
        this.model = model;
        this.countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        boolean creating = model.mode() == UnlockViewModel.Mode.CREATE;

        Label app = styled(new Label(Messages.get("app.name")), "unlock-app-name");
        Label heading = styled(new Label(Messages.get(creating ? "unlock.create.heading" : "unlock.heading")),
                "unlock-heading");
        heading.setWrapText(true);
        Label explanation = new Label(Messages.get(creating ? "unlock.create.explanation" : "unlock.explanation"));
        explanation.setWrapText(true);

        passphrase.setId("passphrase");
        passphrase.setAccessibleText(Messages.get(creating ? "unlock.create.passphrase" : "unlock.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        passphrase.disableProperty().bind(model.busyProperty());
        Label passphraseLabel = labelFor(Messages.get("unlock.passphraseLabel"), passphrase);

        confirmation.setId("confirmation");
        confirmation.setAccessibleText(Messages.get("unlock.confirmLabel.accessible"));
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        confirmation.disableProperty().bind(model.busyProperty());
        VBox confirmationBox = new VBox(4, labelFor(Messages.get("unlock.confirmLabel"), confirmation), confirmation);

        Label strength = styled(new Label(), "hint");
        strength.setId("strength");
        strength.setWrapText(true);
        strength.textProperty().bind(model.strengthProperty());

        Label error = styled(new Label(), "form-error-banner");
        error.setId("unlockError");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button submit = new Button(Messages.get(creating ? "unlock.create.button" : "unlock.button"));
        submit.setId("unlockButton");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> model.submit());
        Label working = styled(new Label(Messages.get("unlock.progress")), "hint");
        working.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, submit, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label offer = new Label();
        offer.setId("backupOffer");
        offer.setWrapText(true);
        offer.textProperty().bind(model.offeredBackupProperty());
        Button restore = new Button(Messages.get("unlock.damaged.restore"));
        restore.setId("restoreOfferedBackup");
        restore.setOnAction(e -> model.restoreOfferedBackup());
        restore.disableProperty().bind(model.busyProperty());
        VBox offerBox = new VBox(8, offer, restore);
        offerBox.visibleProperty().bind(model.offeredBackupProperty().isNotEmpty());
        offerBox.managedProperty().bind(offerBox.visibleProperty());
        model.offeredBackupProperty().addListener((obs, old, now) -> restore.setVisible(model.hasOfferedBackup()));
        restore.managedProperty().bind(restore.visibleProperty());

        Label folder = styled(new Label(Messages.get("unlock.folder", dataFolder)), "hint");
        folder.setWrapText(true);

        VBox card = new VBox(12, app, heading, explanation, new VBox(4, passphraseLabel, passphrase));
        if (creating) {
            card.getChildren().addAll(confirmationBox, strength);
        }
        card.getChildren().addAll(error, actions, offerBox, folder);
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32, 36, 28, 36));
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getStyleClass().add("unlock-screen");
        root.getChildren().add(card);

        passphrase.setOnAction(e -> {
            if (creating) {
                confirmation.requestFocus();
            } else {
                model.submit();
            }
        });
        confirmation.setOnAction(e -> model.submit());
        model.secondsToWaitProperty().addListener((obs, old, now) -> {
            if (now.longValue() > 0) {
                countdown.play();
            } else {
                countdown.stop();
                Platform.runLater(passphrase::requestFocus);
            }
        });
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                Platform.runLater(passphrase::requestFocus);
            }
        });
        Platform.runLater(passphrase::requestFocus);
        model.checkForPendingWait();
    }

    private static Label labelFor(String text, PasswordField field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }

    public Parent root() {
        return root;
    }
}
