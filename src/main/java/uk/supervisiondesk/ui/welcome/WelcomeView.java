package uk.supervisiondesk.ui.welcome;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.FollowFocus;

/**
 * The first-run welcome card. Built in code, like the unlock card it follows, so the two read
 * as one short sequence. Only binds to its view-model.
 */
public final class WelcomeView {
    private final StackPane root = new StackPane();

    public WelcomeView(WelcomeViewModel model) {
        Label app = styled(new Label(Messages.get("app.name")), "unlock-app-name");
        Label heading = styled(wrapping(new Label(Messages.get("welcome.heading"))), "unlock-heading");
        Label explanation = wrapping(new Label(Messages.get("welcome.explanation")));

        Label passphraseWarning = wrapping(new Label(Messages.get("welcome.passphrase")));
        CheckBox kept = new CheckBox(Messages.get("welcome.passphraseKept"));
        kept.setId("passphraseKept");
        kept.setWrapText(true);
        kept.selectedProperty().bindBidirectional(model.passphraseKeptProperty());
        VBox passphraseBox = new VBox(8, passphraseWarning, kept, errorFor(model.passphraseKeptErrorProperty(),
                "passphraseKeptError"));
        passphraseBox.getStyleClass().add("welcome-notice");

        TextField name = new TextField();
        name.setId("welcomeUserName");
        name.textProperty().bindBidirectional(model.userNameProperty());
        ComboBox<String> role = new ComboBox<>(model.roles());
        role.setId("welcomeUserRole");
        role.setEditable(true);
        role.valueProperty().bindBidirectional(model.userRoleProperty());
        role.setMaxWidth(Double.MAX_VALUE);

        ComboBox<WelcomeViewModel.PackChoice> pack = new ComboBox<>(model.packs());
        pack.setId("welcomePack");
        pack.valueProperty().bindBidirectional(model.chosenPackProperty());
        pack.setMaxWidth(Double.MAX_VALUE);
        Label packSummary = styled(wrapping(new Label()), "hint");
        packSummary.setId("welcomePackSummary");
        packSummary.textProperty().bind(model.packSummaryProperty());

        TextField folder = new TextField();
        folder.setId("welcomeExportFolder");
        folder.textProperty().bindBidirectional(model.exportFolderProperty());
        Button chooseFolder = new Button(Messages.get("welcome.exportFolder.choose"));
        chooseFolder.setId("welcomeChooseFolder");
        chooseFolder.setAccessibleText(Messages.get("welcome.exportFolder.choose.accessible"));
        chooseFolder.setOnAction(e -> model.chooseExportFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);

        CheckBox sample = new CheckBox(Messages.get("welcome.sample"));
        sample.setId("welcomeSample");
        sample.setWrapText(true);
        sample.selectedProperty().bindBidirectional(model.loadSampleDataProperty());

        Label error = styled(wrapping(new Label()), "form-error-banner");
        error.setId("welcomeError");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button start = new Button(Messages.get("welcome.start"));
        start.setId("welcomeStart");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.busyProperty());
        start.setOnAction(e -> model.start());
        Label working = styled(new Label(Messages.get("welcome.working")), "hint");
        working.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, start, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, app, heading, explanation, passphraseBox,
                field("welcome.userName", name, styled(wrapping(new Label(Messages.get("welcome.userName.hint"))),
                        "hint"), errorFor(model.userNameErrorProperty(), "welcomeUserNameError")),
                field("welcome.userRole", role),
                field("welcome.pack", pack, packSummary),
                field("welcome.exportFolder", new HBox(8, folder, chooseFolder),
                        styled(wrapping(new Label(Messages.get("welcome.exportFolder.hint"))), "hint"),
                        errorFor(model.exportFolderErrorProperty(), "welcomeExportFolderError")),
                new VBox(4, sample, styled(wrapping(new Label(Messages.get("welcome.sample.hint"))), "hint")),
                error, actions);
        card.getStyleClass().addAll("unlock-card", "welcome-card");
        card.setPadding(new Insets(28, 36, 28, 36));
        card.setMaxHeight(Region.USE_PREF_SIZE);
        labelControl(name, "welcome.userName");
        labelControl(role, "welcome.userRole");
        labelControl(pack, "welcome.pack");
        labelControl(folder, "welcome.exportFolder");

        StackPane centred = new StackPane(card);
        centred.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("welcome-scroll");
        root.getStyleClass().add("unlock-screen");
        root.getChildren().add(scroll);
        FollowFocus followFocus = new FollowFocus(scroll, centred);
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                followFocus.detach(old);
            }
            if (now != null) {
                followFocus.attach(now);
            }
        });
        model.load();
        Platform.runLater(kept::requestFocus);
    }

    /** A labelled field: the label is tied to the control, so screen readers announce it. */
    private static VBox field(String key, Node control, Node... below) {
        Label label = new Label(Messages.get(key + ".label"));
        label.setMnemonicParsing(true);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control instanceof HBox box ? box.getChildren().get(0) : control);
        VBox box = new VBox(4, label, control);
        box.getChildren().addAll(below);
        return box;
    }

    private static void labelControl(Control control, String key) {
        control.setAccessibleText(Messages.get(key + ".accessible"));
    }

    private static Label errorFor(ReadOnlyStringProperty message, String id) {
        Label error = styled(wrapping(new Label()), "field-error");
        error.setId(id);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
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
