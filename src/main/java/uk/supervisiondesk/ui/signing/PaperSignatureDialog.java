package uk.supervisiondesk.ui.signing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.controls.FileDrop;
import uk.supervisiondesk.ui.controls.DateField;

/**
 * Both signed the printout by hand: the day they signed (a real day, not in the future) and the
 * scan or photo of the signed pages (chosen, or dropped on the window) are kept with the record.
 */
final class PaperSignatureDialog {
    private final RecordSigning signing;
    private final DateField date = new DateField();
    private final Label scanName = new Label(Messages.get("signing.paper.noScan"));
    private final Label problem = new Label();
    private final javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
    private final Button save = new Button(Messages.get("signing.paper.save"));
    private Path scan;
    private Stage stage;

    private PaperSignatureDialog(RecordSigning signing) {
        this.signing = signing;
    }

    static PaperSignatureDialog open(Node from, RecordSigning signing) {
        PaperSignatureDialog d = new PaperSignatureDialog(signing);
        d.stage = OwnedWindow.open(from, Messages.get("signing.paper.title"), d.build(), 560, 380, true);
        return d;
    }

    private VBox build() {
        Label heading = new Label(Messages.get("signing.paper.heading", signing.title()));
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label help = new Label(Messages.get("signing.paper.help"));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().add("hint");
        date.textField().setId("paperSignedOn");
        date.setAccessibleName(Messages.get("signing.paper.date").replace("_", ""));
        date.textProperty().set(UkDates.format(signing.today()));
        Label dateLabel = new Label(Messages.get("signing.paper.date"));
        dateLabel.setLabelFor(date.textField());
        dateLabel.setMnemonicParsing(true);
        HBox dateRow = new HBox(8, dateLabel, date);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        Button choose = new Button(Messages.get("signing.paper.chooseScan"));
        choose.setId("paperChooseScan");
        choose.setOnAction(e -> signing.services().dialogs().chooseFileToOpen(Messages.get("signing.paper.chooseScanTitle"),
                Messages.get("signing.paper.scanKind"), "pdf", "png", "jpg", "jpeg", "tif", "tiff").ifPresent(this::attach));
        scanName.setId("paperScanName");
        scanName.setWrapText(true);
        scanName.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox scanRow = new HBox(8, choose, scanName);
        scanRow.setAlignment(Pos.CENTER_LEFT);
        problem.setId("paperProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add("form-error-banner");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        save.setId("paperSave");
        save.setDefaultButton(true);
        save.setDisable(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        working.setPrefSize(24, 24);
        working.setVisible(false);
        working.setAccessibleText(Messages.get("signing.signing"));
        VBox root = new VBox(12, heading, help, dateRow, scanRow, problem, new HBox(8, working, spacer, cancel, save));
        root.setId("paperDialog");
        root.setPadding(new Insets(16));
        FileDrop.accept(root, this::attach);
        return root;
    }

    void attach(Path file) {
        scan = file;
        scanName.setText(Messages.get("signing.paper.scanChosen", file.getFileName()));
        save.setDisable(false);
    }

    private void save() {
        Optional<LocalDate> day;
        try {
            day = UkDates.parse(date.textProperty().get());
        } catch (DateTimeParseException e) {
            day = Optional.empty();
        }
        if (day.isEmpty()) {
            show(Messages.get("form.badDate", date.textProperty().get().strip()));
            return;
        }
        if (day.get().isAfter(signing.today())) {
            show(Messages.get("signing.paper.future"));
            return;
        }
        problem.setVisible(false);
        save.setDisable(true);
        working.setVisible(true);
        signing.recordPaper(day.get(), scan, stage::close, message -> {
            working.setVisible(false);
            show(message);
            save.setDisable(false);
        });
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    Stage stage() {
        return stage;
    }
}
