package uk.supervisiondesk.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.supervisiondesk.ui.FxmlViews;
import uk.supervisiondesk.ui.Messages;

/** The unlock and first-run screen. Only binds to its view-model. */
public final class UnlockView {
    private final UnlockViewModel model;
    private final String dataFolder;
    private final Parent root;
    private final Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    @FXML private Label heading;
    @FXML private Label explanation;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphrase;
    @FXML private Label confirmationLabel;
    @FXML private VBox confirmationBox;
    @FXML private PasswordField confirmation;
    @FXML private Label strength;
    @FXML private Label error;
    @FXML private Button submit;
    @FXML private ProgressIndicator progress;
    @FXML private Label folder;

    public UnlockView(UnlockViewModel model, String dataFolder) {
        this.model = model;
        this.dataFolder = dataFolder;
        this.root = FxmlViews.load(this);
    }

    @FXML
    private void initialize() {
        boolean creating = model.mode() == UnlockViewModel.Mode.CREATE;
        heading.setText(Messages.get(creating ? "unlock.create.heading" : "unlock.heading"));
        explanation.setText(Messages.get(creating ? "unlock.create.explanation" : "unlock.explanation"));
        submit.setText(Messages.get(creating ? "unlock.create.button" : "unlock.button"));
        passphrase.setAccessibleText(Messages.get(creating ? "unlock.create.passphrase" : "unlock.passphrase"));
        confirmationBox.setVisible(creating);
        confirmationBox.setManaged(creating);
        strength.setVisible(creating);
        strength.setManaged(creating);
        folder.setText(Messages.get("unlock.folder", dataFolder));
        passphraseLabel.setLabelFor(passphrase);
        confirmationLabel.setLabelFor(confirmation);

        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        strength.textProperty().bind(model.strengthProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        progress.visibleProperty().bind(model.busyProperty());
        submit.disableProperty().bind(model.canSubmitBinding().not());
        passphrase.disableProperty().bind(model.busyProperty());
        confirmation.disableProperty().bind(model.busyProperty());
        passphrase.setOnAction(e -> {
            if (creating) {
                confirmation.requestFocus();
            } else {
                model.submit();
            }
        });
        confirmation.setOnAction(e -> model.submit());
        submit.setOnAction(e -> model.submit());
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
        countdown.setCycleCount(Timeline.INDEFINITE);
        Platform.runLater(passphrase::requestFocus);
        model.checkForPendingWait();
    }

    private void tick() {
        model.tick();
    }

    public Parent root() {
        return root;
    }
}
