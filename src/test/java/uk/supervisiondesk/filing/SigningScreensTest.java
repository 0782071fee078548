package uk.supervisiondesk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.supervisiondesk.domain.RecordVersion;
import uk.supervisiondesk.domain.SigningMode;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.VerificationReport;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.Screenshots;

/**
 * Signing a record through the screens, headless, as the user does it: drawing on the pad,
 * saving and taking back the remote copy, recording a paper signature, correcting, and checking
 * a PDF. Each ends by reading the database and the PDFs back.
 */
@ExtendWith(ApplicationExtension.class)
class SigningScreensTest {
    @TempDir
    Path dir;
    private Stage stage;
    private RunningDesk app;
    private long recordId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            robot.listTargetWindows().stream().filter(w -> w != stage && w instanceof Stage)
                    .map(Stage.class::cast).toList().forEach(Stage::close);
            if (app != null) {
                app.root().shutdown();
            }
        });
    }

    /** One supervisee, one held session with its completed record; optionally already signed in person. */
    private byte[] seed(boolean signedInPerson) throws Exception {
        try (FilingDesk desk = new FilingDesk(dir)) {
            recordId = desk.record.id();
            if (!signedInPerson) {
                return null;
            }
            desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex Morgan"), FilingDesk.drawing("Jo Bloggs"),
                    "Jo Bloggs", "Alex Morgan", LocalDate.now(FilingDesk.TODAY));
            return desk.filing.filedPdf(recordId, 1).orElseThrow();
        }
    }

    private void openRecord(FxRobot robot) throws Exception {
        app = RunningDesk.unlocked(robot, stage, dir, FilingDesk.TODAY);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#signingSummary") && !text(robot, "#signingSummary").isEmpty());
    }

    /** Visible itself and inside parents that are all visible: what a person would see. */
    private static boolean shownWithAncestors(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private RecordFiling filing() {
        return new RecordFiling(app.root().database(), FilingDesk.TODAY, new SigningIdentities(app.root().database(), FilingDesk.TODAY),
                FilingDesk.TEMPLATES, () -> new FilingLetterhead("Test", "Test", "Alex Morgan"));
    }

    private static void draw(FxRobot robot, String canvas) {
        Node pad = robot.lookup(canvas).query();
        robot.moveTo(pad).moveBy(-150, 10).press(MouseButton.PRIMARY);
        robot.moveBy(40, -30).moveBy(40, 40).moveBy(40, -35).moveBy(40, 30).moveBy(50, -10);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the message box the app showed, after keeping a picture of it; returns its text. */
    private String closeAlert(FxRobot robot, String screenshot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node pane = robot.lookup(".dialog-pane").query();
        Screenshots.save(robot, pane, screenshot);
        String text = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getAccessibleText();
        Button ok = robot.lookup(".dialog-pane .button").queryAs(Button.class);
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void fileToExportFolderPutsTheSignedRecordInItsSectionOfTheLibrary(FxRobot robot) throws Exception {
        byte[] signed = seed(true);
        java.nio.file.Path library = java.nio.file.Files.createDirectories(dir.getParent().resolve(dir.getFileName()
                + "-library"));
        try (var db = uk.supervisiondesk.store.DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            db.dao(uk.supervisiondesk.store.SettingsDao.class).put(uk.supervisiondesk.store.SettingsDao.EXPORT_FOLDER,
                    library.toString());
        }
        openRecord(robot);
        waitUntil(() -> !robot.lookup("#fileToExportFolder").queryButton().isDisabled());

        robot.clickOn("#fileToExportFolder");

        java.nio.file.Path jo = library.resolve("Bloggs, Jo (E1042)");
        waitUntil(() -> {
            try (var all = java.nio.file.Files.walk(library)) {
                return all.anyMatch(f -> f.getFileName().toString().equals("2026-11-20 Individual supervision v1.pdf"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try (var all = java.nio.file.Files.walk(jo)) {
            java.nio.file.Path pdf = all.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readAllBytes(pdf)).as("exactly as signed").isEqualTo(signed);
        }
    }

    @Test
    void bothDrawTheirSignatureThenTheRecordIsLockedAndItsPdfVerifiesWithTheirNames(FxRobot robot) throws Exception {
        seed(false);
        openRecord(robot);
        Screenshots.save(robot, robot.lookup("#signingPanel").query(), "signing-panel-unsigned");
        assertThat(text(robot, "#signingSummary")).startsWith("Version 1: complete, not signed yet");

        robot.clickOn("#previewRecord");
        waitUntil(() -> showing(robot, "#previewPageOf") && text(robot, "#previewPageOf").startsWith("Page 1 of "));
        Screenshots.save(robot, robot.lookup("#previewWindow").query(), "preview");
        robot.clickOn("#previewNext");
        waitUntil(() -> text(robot, "#previewPageOf").startsWith("Page 2 of "));
        robot.clickOn("#previewClose");

        robot.clickOn("#signInPerson");
        waitUntil(() -> showing(robot, "#supervisorPadCanvas"));
        assertThat(robot.lookup("#signInPersonConfirm").queryButton().isDisabled()).isTrue();
        draw(robot, "#supervisorPadCanvas");
        draw(robot, "#superviseePadCanvas");
        robot.doubleClickOn("#superviseeName");
        replace(robot, "#superviseeName", "Jo Bloggs");
        Screenshots.save(robot, robot.lookup("#signInPersonDialog").query(), "sign-in-person");
        assertThat(robot.lookup("#signInPersonConfirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#signInPersonConfirm");

        waitUntil(() -> text(robot, "#signingSummary").contains("signed by both in person on 23/11/2026"));
        assertThat(robot.lookup("#wellbeing").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#completeRecord").queryButton().isDisabled()).isTrue();
        Screenshots.save(robot, stage.getScene().getRoot(), "record-locked");
        RecordFiling filing = filing();
        assertThat(filing.isLocked(recordId)).isTrue();
        byte[] pdf = filing.filedPdf(recordId, 1).orElseThrow();
        VerificationReport report = new PdfVerifier().verify(pdf);
        assertThat(report.valid()).isTrue();
        assertThat(PdfText.of(pdf)).contains("Jo Bloggs", "Alex Morgan", "Signed in person");
        assertThat(filing.versions(recordId)).singleElement()
                .satisfies(v -> assertThat(v.standing().orElseThrow().signing()).isEqualTo(SigningMode.IN_PERSON));
    }

    @Test
    void theSupervisorSignsAndSavesACopyThenTheCountersignedReturnIsTakenInAndABadFileIsRefused(FxRobot robot)
            throws Exception {
        seed(false);
        openRecord(robot);
        Path sent = dir.resolve("for signing.pdf");
        app.dialogs().fileToSave = sent;
        robot.clickOn("#sendForSigning");
        String info = closeAlert(robot, "remote-sent");
        assertThat(info).contains("Send it to Jo Bloggs");
        waitUntil(() -> text(robot, "#signingSummary").contains("waiting for Jo Bloggs"));
        assertThat(Files.exists(sent)).isTrue();
        assertThat(robot.lookup("#wellbeing").query().isDisabled()).isTrue();

        Path notPdf = dir.resolve("notes.pdf");
        Files.writeString(notPdf, "these are my notes, not the record");
        app.dialogs().fileToOpen = notPdf;
        robot.clickOn("#importReturned");
        String refusal = closeAlert(robot, "remote-refused");
        assertThat(refusal).contains("The returned file cannot be used").doesNotContain("Exception");
        assertThat(filing().isLocked(recordId)).isFalse();

        Path returned = dir.resolve("returned.pdf");
        Files.write(returned, FilingDesk.signedBySupervisee(Files.readAllBytes(sent), FilingDesk.TODAY));
        app.dialogs().fileToOpen = returned;
        robot.clickOn("#importReturned");
        String accepted = closeAlert(robot, "remote-accepted");
        assertThat(accepted).contains("Jo Bloggs's signature is valid");
        waitUntil(() -> text(robot, "#signingSummary").contains("signed by both remotely"));

        RecordFiling filing = filing();
        assertThat(filing.isLocked(recordId)).isTrue();
        byte[] filed = filing.filedPdf(recordId, 1).orElseThrow();
        VerificationReport report = new PdfVerifier().verify(filed);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).extracting(s -> s.signerName()).containsExactly("Alex Morgan", "Jo Bloggs");
    }

    @Test
    void aPaperSignatureKeepsTheScanAndTheDayAndLocksTheRecord(FxRobot robot) throws Exception {
        seed(false);
        openRecord(robot);
        Path printout = dir.resolve("to sign.pdf");
        app.dialogs().fileToSave = printout;
        robot.clickOn("#printForPaper");
        assertThat(closeAlert(robot, "paper-printed")).contains("print it");
        assertThat(PdfText.of(Files.readAllBytes(printout))).contains("For signing on paper");

        Path scan = dir.resolve("signed scan.png");
        BufferedImage photo = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        photo.getGraphics().drawString("signed", 40, 40);
        ImageIO.write(photo, "png", scan.toFile());
        robot.clickOn("#recordPaper");
        waitUntil(() -> showing(robot, "#paperSignedOn"));
        assertThat(robot.lookup("#paperSave").queryButton().isDisabled()).isTrue();
        robot.clickOn("#paperSignedOn");
        replace(robot, "#paperSignedOn", "24/11/2026");
        app.dialogs().fileToOpen = scan;
        robot.clickOn("#paperChooseScan");
        robot.clickOn("#paperSave");
        waitUntil(() -> showing(robot, "#paperProblem"));
        assertThat(text(robot, "#paperProblem")).contains("in the future");
        replace(robot, "#paperSignedOn", "21/11/2026");
        Screenshots.save(robot, robot.lookup("#paperDialog").query(), "paper-signature");
        robot.clickOn("#paperSave");

        waitUntil(() -> text(robot, "#signingSummary").contains("signed by both on paper on 21/11/2026"));
        RecordFiling filing = filing();
        assertThat(filing.isLocked(recordId)).isTrue();
        assertThat(filing.scan(recordId, 1)).hasValueSatisfying(s -> {
            assertThat(s.fileName()).isEqualTo("signed scan.png");
            assertThat(s.mimeType()).isEqualTo("image/png");
        });
        byte[] filed = filing.filedPdf(recordId, 1).orElseThrow();
        assertThat(new PdfVerifier().verify(filed).valid()).isTrue();
        assertThat(PdfText.of(filed)).contains("Signed by hand on the printed copy", "21/11/2026");
    }

    @Test
    void aCorrectionOpensVersionTwoAndKeepsVersionOneAndItsPdf(FxRobot robot) throws Exception {
        seed(true);
        openRecord(robot);
        assertThat(text(robot, "#signingSummary")).contains("signed by both in person");
        robot.clickOn("#recordVersions");
        waitUntil(() -> showing(robot, "#versionList")
                && robot.lookup("#versionList").queryListView().getItems().size() == 1);
        assertThat(robot.lookup("#correctRecord").queryButton().isDisabled()).isTrue();
        robot.clickOn("#correctionReason").write("The next session date was written wrongly");
        Screenshots.save(robot, robot.lookup("#versionsWindow").query(), "versions-correct");
        robot.clickOn("#correctRecord");

        waitUntil(() -> showing(robot, "#versionsProblem") || (showing(robot, "#signingSummary")
                && text(robot, "#signingSummary").startsWith("Version 2: a draft")));
        assertThat(showing(robot, "#versionsProblem") ? text(robot, "#versionsProblem") : "").isEmpty();
        assertThat(robot.lookup("#wellbeing").query().isDisabled()).isFalse();
        List<RecordVersion> versions = filing().versions(recordId);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).standing().orElseThrow().signing()).isEqualTo(SigningMode.IN_PERSON);
        assertThat(versions.get(0).isCurrent()).isFalse();
        assertThat(versions.get(1).correctionReason()).isEqualTo("The next session date was written wrongly");
        assertThat(new PdfVerifier().verify(filing().filedPdf(recordId, 1).orElseThrow()).valid()).isTrue();

        robot.clickOn("#recordVersions");
        waitUntil(() -> showing(robot, "#versionList")
                && robot.lookup("#versionList").queryListView().getItems().size() == 2);
        Screenshots.save(robot, robot.lookup("#versionsWindow").query(), "versions-after-correction");
    }

    @Test
    void aSignedRecordInALeaversArchivedFileCanBeReadAndSavedButNotCorrected(FxRobot robot) throws Exception {
        try (FilingDesk desk = new FilingDesk(dir)) {
            recordId = desk.record.id();
            desk.filing.signInPerson(desk.record, FilingDesk.drawing("Alex Morgan"), FilingDesk.drawing("Jo Bloggs"),
                    "Jo Bloggs", "Alex Morgan", FilingDesk.SESSION_DAY);
            uk.supervisiondesk.testing.TestData.leftOn(desk.db, FilingDesk.TODAY, desk.jo, LocalDate.of(2026, 11, 21));
        }
        app = RunningDesk.unlocked(robot, stage, dir, FilingDesk.TODAY);
        app.openFirstLeaversSheet(robot);
        waitUntil(() -> rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#signingSummary") && !text(robot, "#signingSummary").isEmpty());

        assertThat(text(robot, "#archivedNote")).contains("Jo Bloggs left on 21/11/2026");
        assertThat(text(robot, "#signingSummary")).contains("signed by both in person on 20/11/2026")
                .doesNotContain("correction");
        robot.clickOn("#recordVersions");
        waitUntil(() -> showing(robot, "#versionList")
                && robot.lookup("#versionList").queryListView().getItems().size() == 1);
        assertThat(showing(robot, "#versionSave")).as("each version can still be saved").isTrue();
        assertThat(shownWithAncestors(robot.lookup("#correctRecord").query())).as("no correction in an archived file")
                .isFalse();
        assertThat(shownWithAncestors(robot.lookup("#versionSave").query())).isTrue();
        assertThat(filing().versions(recordId)).hasSize(1);
    }

    @Test
    void verifyingAChangedPdfSaysItWasChangedAndANonPdfGetsAPlainMessage(FxRobot robot) throws Exception {
        byte[] signed = seed(true);
        openRecord(robot);
        byte[] changed = signed.clone();
        int at = indexOf(changed, "Jo Bloggs".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        changed[at] = 'Q';
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, changed);
        Path original = dir.resolve("original.pdf");
        Files.write(original, signed);

        robot.clickOn("Help").clickOn("Verify a signed PDF\u2026");
        waitUntil(() -> showing(robot, "#verifyChoose"));
        app.dialogs().fileToOpen = original;
        robot.clickOn("#verifyChoose");
        waitUntil(() -> !text(robot, "#verifyVerdict").isEmpty());
        assertThat(text(robot, "#verifyVerdict")).startsWith("Valid");
        assertThat(robot.lookup("#verifySignatures").queryListView().getItems()).singleElement()
                .asString().contains("Alex Morgan", "Intact", "covers the whole document");

        app.dialogs().fileToOpen = tampered;
        robot.clickOn("#verifyChoose");
        waitUntil(() -> text(robot, "#verifyVerdict").startsWith("NOT valid"));
        assertThat(text(robot, "#verifyVerdict")).contains("does not match the document");
        Screenshots.save(robot, robot.lookup("#verifyWindow").query(), "verify-tampered");

        Path notPdf = dir.resolve("photo.pdf");
        Files.writeString(notPdf, "not a pdf at all");
        app.dialogs().fileToOpen = notPdf;
        robot.clickOn("#verifyChoose");
        waitUntil(() -> text(robot, "#verifyVerdict").startsWith("This file cannot be checked"));
        assertThat(text(robot, "#verifyVerdict")).doesNotContain("Exception");
        Screenshots.save(robot, robot.lookup("#verifyWindow").query(), "verify-not-pdf");
    }

    @Test
    void settingsShowTheIdentityInUseAndImportTheOrganisationsCertificate(FxRobot robot) throws Exception {
        seed(true);
        Path p12 = dir.resolve("alex.p12");
        Files.write(p12, uk.supervisiondesk.pdf.SigningIdentity.generate("Alex Morgan (Sefton Council)", FilingDesk.TODAY)
                .toPkcs12("issued-by-IT".toCharArray()));
        openRecord(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#identityCurrent") && !text(robot, "#identityCurrent").isEmpty());
        assertThat(text(robot, "#identityCurrent")).startsWith("Signing as Alex Morgan (made by Supervision Desk)");

        app.dialogs().fileToOpen = p12;
        press(robot, "#identityChoose");
        assertThat(text(robot, "#identityFile")).isEqualTo("alex.p12");
        type(robot, "#identityPassword", "wrong");
        press(robot, "#identityImport");
        waitUntil(() -> showing(robot, "#identityProblem"));
        assertThat(text(robot, "#identityProblem")).startsWith("The certificate was not imported: ");
        assertThat(text(robot, "#identityCurrent")).contains("made by Supervision Desk");

        type(robot, "#identityPassword", "issued-by-IT");
        press(robot, "#identityImport");
        waitUntil(() -> text(robot, "#identityCurrent").contains("issued by your organisation"));
        assertThat(text(robot, "#identityCurrent")).startsWith("Signing as Alex Morgan (Sefton Council)");
        Screenshots.save(robot, robot.lookup("#signingIdentityPane").query(), "settings-identity");
        assertThat(new SigningIdentities(app.root().database(), FilingDesk.TODAY).describeCurrent()).hasValueSatisfying(
                id -> assertThat(id.source()).isEqualTo(SigningIdentities.Source.ORGANISATION));
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
