package uk.supervisiondesk.ui.signing;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.FileDrop;

/**
 * The record form's signing strip: where the record stands, and the buttons for what can be
 * done next (preview; sign in person, remotely or on paper; take in the returned copy; see the
 * versions and correct). A PDF the supervisee returned can be dropped on it.
 */
public final class SigningPanel {
    private final RecordSigning signing;
    private final VBox root = new VBox(6);

    public SigningPanel(RecordSigning signing) {
        this.signing = signing;
        build();
        signing.refresh();
    }

    private void build() {
        Label summary = new Label();
        summary.setId("signingSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(signing.summaryProperty());
        summary.getStyleClass().add("signing-summary");

        BooleanBinding canSign = signing.canSign();
        BooleanBinding awaiting = signing.awaitingSupervisee();
        BooleanBinding frozen = signing.frozen();
        Button preview = button("previewRecord", "signing.previewButton", () -> PreviewWindow.open(root,
                signing.title(), signing.services().tasks(), signing::previewBytes));
        Button inPerson = button("signInPerson", "signing.inPersonButton", () -> SignInPersonDialog.open(root, signing));
        Button remote = button("sendForSigning", "signing.remoteButton", signing::sendForSigning);
        Button returned = button("importReturned", "signing.importButton", signing::importReturned);
        Button print = button("printForPaper", "signing.printButton", signing::printForPaper);
        Button paper = button("recordPaper", "signing.paperButton", () -> PaperSignatureDialog.open(root, signing));
        Button versions = button("recordVersions", "signing.versionsButton", () -> VersionsWindow.open(root, signing));
        preview.disableProperty().bind(signing.stateProperty().isNull());
        // An archived file (the supervisee has left) is signed no more: the ways to sign are not offered.
        BooleanBinding archived = signing.archived();
        for (Button b : new Button[] {inPerson, remote, print, paper}) {
            b.disableProperty().bind(canSign.not());
            b.managedProperty().bind(b.visibleProperty());
            b.visibleProperty().bind(frozen.not().and(archived.not()));
        }
        returned.visibleProperty().bind(awaiting);
        returned.managedProperty().bind(returned.visibleProperty());
        versions.disableProperty().bind(signing.stateProperty().isNull());
        Button file = button("fileToExportFolder", "exportFile.record.button", signing::fileToExportFolder);
        file.disableProperty().bind(signing.stateProperty().isNull().or(signing.completeProperty().not()));
        FlowPane buttons = new FlowPane(8, 6, preview, inPerson, remote, returned, print, paper, versions, file);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(summary, buttons);
        root.setId("signingPanel");
        root.getStyleClass().add("signing-panel");
        root.setPadding(new Insets(8, 20, 4, 20));
        FileDrop.accept(root, awaiting::get, signing::importReturned);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public RecordSigning signing() {
        return signing;
    }

    public Node root() {
        return root;
    }
}
