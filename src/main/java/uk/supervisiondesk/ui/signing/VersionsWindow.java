package uk.supervisiondesk.ui.signing;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;

/**
 * Every version of a record, each with the copy that stands for it (signed how and when) and,
 * for a correction, why it was made. A version's PDF can be previewed or saved. On a signed
 * record, a correction starts here: the reason is asked for and kept, and the form opens on the
 * new version while the signed one stays as it was.
 */
final class VersionsWindow {
    private final RecordSigning signing;
    private final ListView<RecordVersion> list = new ListView<>();
    private final TextArea reason = new TextArea();
    private final Label problem = new Label();
    private Stage stage;

    private VersionsWindow(RecordSigning signing) {
        this.signing = signing;
    }

    static VersionsWindow open(Node from, RecordSigning signing) {
        VersionsWindow w = new VersionsWindow(signing);
        w.stage = OwnedWindow.open(from, Messages.get("signing.versions.title"), w.build(), 640, 560, true);
        signing.versions(w::show);
        return w;
    }

    private VBox build() {
        Label heading = new Label(Messages.get("signing.versions.heading", signing.title()));
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setId("versionList");
        list.setAccessibleText(Messages.get("signing.versions.title"));
        list.setPrefHeight(200);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecordVersion v, boolean empty) {
                super.updateItem(v, empty);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width rather than scroll sideways
                setText(empty || v == null ? null : describe(v));
            }
        });
        Button preview = new Button(Messages.get("signing.versions.preview"));
        preview.setId("versionPreview");
        Button save = new Button(Messages.get("signing.versions.save"));
        save.setId("versionSave");
        var noPdf = Bindings.createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().standing().filter(FiledDocument::hasPdf).isEmpty(),
                list.getSelectionModel().selectedItemProperty());
        preview.disableProperty().bind(noPdf);
        save.disableProperty().bind(noPdf);
        preview.setOnAction(e -> {
            RecordVersion v = list.getSelectionModel().getSelectedItem();
            PreviewWindow.open(list, Messages.get("signing.versions.versionTitle", signing.title(), v.version()),
                    signing.services().tasks(), (show, failed) -> signing.versionPdf(v.version(), show, failed));
        });
        save.setOnAction(e -> signing.saveVersion(list.getSelectionModel().getSelectedItem().version()));

        Label reasonLabel = new Label(Messages.get("signing.correct.reason"));
        reasonLabel.setLabelFor(reason);
        reason.setId("correctionReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        reason.setAccessibleText(Messages.get("signing.correct.reason"));
        Button correct = new Button(Messages.get("signing.correct.button"));
        correct.setId("correctRecord");
        correct.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                reason.textProperty()));
        correct.setOnAction(e -> {
            problem.setVisible(false);
            signing.correct(reason.getText().strip(), stage::close, this::showProblem);
        });
        Label correctHelp = new Label(Messages.get("signing.correct.help"));
        correctHelp.setWrapText(true);
        correctHelp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        correctHelp.getStyleClass().add("hint");
        VBox correction = new VBox(6, reasonLabel, correctHelp, reason, correct);
        correction.getStyleClass().add("form-section");
        correction.visibleProperty().bind(signing.canCorrect());
        correction.managedProperty().bind(correction.visibleProperty());

        problem.setId("versionsProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error-banner");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        Button close = new Button(Messages.get("signing.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(10, heading, list, new HBox(8, preview, save), correction, problem,
                new HBox(8, spacer, close));
        root.setId("versionsWindow");
        root.setPadding(new Insets(16));
        return root;
    }

    private void show(List<RecordVersion> versions) {
        list.getItems().setAll(versions);
        if (!versions.isEmpty()) {
            list.getSelectionModel().selectLast();
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    static String describe(RecordVersion v) {
        String state = v.standing().filter(d -> d.signing() != SigningMode.UNSIGNED)
                .map(d -> Messages.get("signing.versions.signed", RecordSigning.mode(d.signing())) + d.signedOnDate().map(day -> " " + Messages.get(
                        "signing.versions.on", UkDates.format(day))).orElse(""))
                .orElse(Messages.get("signing.versions.notSigned"));
        String line = Messages.get("signing.versions.line", v.version(), state);
        if (!v.correctionReason().isEmpty()) {
            line += "\n" + Messages.get("signing.versions.reason", v.correctionReason());
        }
        if (!v.isCurrent()) {
            line += "\n" + Messages.get("signing.versions.replaced");
        }
        return line;
    }

    Stage stage() {
        return stage;
    }
}
