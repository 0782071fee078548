package uk.supervisiondesk.ui.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.SignatureCheck;
import uk.supervisiondesk.pdf.VerificationReport;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.FileDrop;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * Checks any signed PDF, chosen or dropped on the window: each signature (who, when, intact,
 * whether it covers the document as it now is) and a plain verdict. The same check as the
 * command line's {@code verify}.
 */
public final class VerifyPdfWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Label file = new Label(Messages.get("verify.none"));
    private final ListView<String> signatures = new ListView<>();
    private final Label verdict = new Label();
    private Stage stage;

    private VerifyPdfWindow(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** @param from any node of the main window */
    public static VerifyPdfWindow open(Node from, TaskRunner tasks, DialogService dialogs) {
        VerifyPdfWindow w = new VerifyPdfWindow(tasks, dialogs);
        w.stage = OwnedWindow.open(from, Messages.get("verify.title"), w.build(), 660, 460, false);
        return w;
    }

    private VBox build() {
        Label heading = new Label(Messages.get("verify.title"));
        heading.getStyleClass().add("screen-title");
        Label help = new Label(Messages.get("verify.help"));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("hint");
        Button choose = new Button(Messages.get("verify.choose"));
        choose.setId("verifyChoose");
        choose.setOnAction(e -> dialogs.chooseFileToOpen(Messages.get("verify.chooseTitle"),
                Messages.get("reports.pdfKind"), "pdf").ifPresent(this::check));
        file.setId("verifyFile");
        file.setWrapText(true);
        file.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, choose, file);
        signatures.setId("verifySignatures");
        signatures.setAccessibleText(Messages.get("verify.signatures"));
        signatures.setPrefHeight(160);
        signatures.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width rather than scroll sideways
                setText(empty ? null : line);
            }
        });
        Label signaturesLabel = new Label(Messages.get("verify.signatures"));
        signaturesLabel.setLabelFor(signatures);
        verdict.setId("verifyVerdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdict.setFocusTraversable(true);
        Button close = new Button(Messages.get("signing.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(10, heading, help, fileRow, signaturesLabel, signatures, verdict,
                new HBox(8, spacer, close));
        root.setId("verifyWindow");
        root.setPadding(new Insets(16));
        FileDrop.accept(root, this::check);
        return root;
    }

    /** Reads and checks a file in the background, then shows what was found. */
    public void check(Path pdf) {
        file.setText(Messages.get("verify.checking", pdf.getFileName()));
        signatures.getItems().clear();
        verdict.setText("");
        verdict.getStyleClass().removeAll("verdict-valid", "verdict-invalid");
        tasks.run(Messages.get("verify.checking", pdf.getFileName()), () -> {
            if (Files.isDirectory(pdf)) {
                throw new IllegalArgumentException(Messages.get("verify.folder"));
            }
            return new PdfVerifier().verify(Files.readAllBytes(pdf));
        }, report -> show(pdf, report), e -> {
            file.setText(Messages.get("verify.file", pdf));
            verdict.setText(Messages.get("verify.unreadable", RecordSigning.message(e)));
            verdict.getStyleClass().add("verdict-invalid");
        });
    }

    private void show(Path pdf, VerificationReport report) {
        file.setText(Messages.get("verify.file", pdf));
        for (SignatureCheck s : report.signatures()) {
            signatures.getItems().add(Messages.get("verify.signature", s.number(), s.signerName(),
                    s.signingTime().map(WHEN::format).orElse(Messages.get("verify.noTime")),
                    Messages.get(s.intact() ? "verify.intact" : "verify.notIntact"),
                    Messages.get(s.coversWholeDocument() ? "verify.coversAll" : "verify.notCoversAll")));
        }
        report.emptySignatureFields().forEach(f -> signatures.getItems().add(Messages.get("verify.emptyField", f)));
        verdict.setText(report.whyNotValid().map(why -> Messages.get("verify.invalid", why))
                .orElse(Messages.get("verify.valid")));
        verdict.getStyleClass().add(report.valid() ? "verdict-valid" : "verdict-invalid");
        verdict.setAccessibleText(verdict.getText());
    }

    Stage stage() {
        return stage;
    }
}
