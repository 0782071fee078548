package uk.supervisiondesk.ui.signing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.ui.Messages;

/**
 * Settings' signing identity: whose certificate signs the records, where it came from and until
 * when it is valid; and importing the organisation's PKCS#12 file in its place. Without one, an
 * identity is made the first time a record is signed.
 */
public final class SigningIdentityPane {
    private final SigningServices s;
    private final VBox root = new VBox(6);
    private final Label current = new Label();
    private final Label fileName = new Label(Messages.get("identity.noFile"));
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final Button importButton = new Button(Messages.get("identity.import"));
    private Path file;

    public SigningIdentityPane(SigningServices services) {
        this.s = services;
        Label title = new Label(Messages.get("identity.title"));
        title.getStyleClass().add("form-section-title");
        Label help = new Label(Messages.get("identity.help"));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("hint");
        current.setId("identityCurrent");
        current.setWrapText(true);
        current.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button choose = new Button(Messages.get("identity.choose"));
        choose.setId("identityChoose");
        choose.setOnAction(e -> s.dialogs().chooseFileToOpen(Messages.get("identity.chooseTitle"),
                Messages.get("identity.kind"), "p12", "pfx").ifPresent(f -> {
                    file = f;
                    fileName.setText(f.getFileName().toString());
                }));
        fileName.setId("identityFile");
        password.setId("identityPassword");
        password.setAccessibleText(Messages.get("identity.password").replace("_", ""));
        Label passwordLabel = new Label(Messages.get("identity.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        importButton.setId("identityImport");
        importButton.disableProperty().bind(fileName.textProperty().isEqualTo(Messages.get("identity.noFile")));
        importButton.setOnAction(e -> importIdentity());
        problem.setId("identityProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        HBox fileRow = new HBox(8, choose, fileName);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox passwordRow = new HBox(8, passwordLabel, password, importButton);
        passwordRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, help, current, fileRow, passwordRow, problem);
        root.getStyleClass().add("form-section");
        root.setId("signingIdentityPane");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                refresh();
            }
        });
    }

    public void refresh() {
        s.tasks().run(Messages.get("identity.reading"), () -> s.identities().describeCurrent(), this::show,
                e -> current.setText(RecordSigning.message(e)));
    }

    private void show(Optional<SigningIdentities.Summary> summary) {
        current.setText(summary.map(id -> Messages.get("identity.current", id.personName(),
                Messages.get(id.source() == SigningIdentities.Source.ORGANISATION ? "identity.fromOrganisation"
                        : "identity.generated"),
                UkDates.format(id.validUntil().atZone(ZoneId.of("Europe/London")).toLocalDate())))
                .orElse(Messages.get("identity.none")));
    }

    private void importIdentity() {
        Path chosen = file;
        char[] secret = password.getText().toCharArray();
        password.clear();
        problem.setVisible(false);
        s.tasks().run(Messages.get("identity.importing"), () -> {
            try {
                return s.identities().importOrganisationIdentity(chosen, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, imported -> {
            s.status().show(Messages.get("identity.imported", imported.personName()));
            file = null;
            fileName.setText(Messages.get("identity.noFile"));
            refresh();
        }, e -> {
            problem.setText(Messages.get("identity.failed", RecordSigning.message(e)));
            problem.setVisible(true);
        });
    }

    public Node root() {
        return root;
    }
}
