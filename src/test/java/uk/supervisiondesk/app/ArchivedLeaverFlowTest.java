package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;

/** A leaver's supervision file is archived: their records open to read, and nothing can be changed or added. */
@ExtendWith(ApplicationExtension.class)
class ArchivedLeaverFlowTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Stage stage;
    private RunningDesk desk;
    private long joId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (desk != null) {
            desk.shutDown(robot);
        }
    }

    @Test
    void aLeaversRecordOpensReadOnlyAndNoNewRecordCanBeStarted(FxRobot robot) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(dir));
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            StaffRegister register = new StaffRegister(db, TODAY);
            Supervisee jo = register.save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2020, 1, 6)));
            joId = jo.id();
            SessionLog log = new SessionLog(db, TODAY);
            log.saveAll(List.of(
                    new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2025, 2, 3), SessionKind.INDIVIDUAL)),
                    new SessionEntry(null, jo.id(), SupervisionSession.planned(LocalDate.of(2025, 3, 3), SessionKind.INDIVIDUAL))));
            new RecordBook(db, TODAY).create(new SupervisionRecord(null, jo.id(), "individual", "individual",
                    LocalDate.of(2025, 2, 3), log.forSupervisee(jo.id()).stream()
                            .filter(r -> r.session().date().equals(LocalDate.of(2025, 2, 3))).findFirst().orElseThrow().id(),
                    RecordStatus.COMPLETE, 1,
                    java.util.Map.of("wellbeing", "Settled before leaving"), null));
            // Jo's leaving date is entered last: from then on the file is archived and the store refuses changes.
            TestData.leftOn(db, TODAY, jo, LocalDate.of(2025, 3, 31));
        }
        desk = RunningDesk.unlocked(robot, stage, dir, TODAY);
        desk.openFirstLeaversSheet(robot);
        waitUntil(() -> rows(robot, "#sheetTable") == 2);

        // The monitoring sheet is archived with the rest of the file: it says so, and offers no changes.
        assertThat(text(robot, "#sheetArchivedNote")).contains("Jo Bloggs left on 31/03/2025", "Staff screen");
        assertThat(robot.lookup("#addSession").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#generateSchedule").queryButton().isDisabled()).isTrue();

        selectSession(robot, LocalDate.of(2025, 2, 3));
        assertThat(robot.lookup("#editSession").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteSession").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#writeRecord").queryButton().isDisabled()).as("records can still be read").isFalse();
        robot.interact(() -> robot.lookup("#writeRecord").queryButton().fire());
        waitUntil(() -> showing(robot, "#archivedNote"));
        assertThat(text(robot, "#archivedNote")).contains("Jo Bloggs left on 31/03/2025", "archived");
        TextArea wellbeing = robot.lookup("#wellbeing").queryAs(TextArea.class);
        assertThat(wellbeing.getText()).isEqualTo("Settled before leaving");
        assertThat(wellbeing.isDisabled()).as("the record cannot be changed").isTrue();
        // The signing strip stays for what may still be done (preview, versions, filing for HR), not for signing.
        waitUntil(() -> showing(robot, "#signingPanel")
                && !robot.lookup("#previewRecord").queryButton().isDisabled());
        assertThat(robot.lookup("#fileToExportFolder").queryButton().isDisabled()).isFalse();
        waitUntil(() -> !text(robot, "#signingSummary").isEmpty());
        assertThat(text(robot, "#signingSummary")).contains("complete, never signed", "exported marked as not signed")
                .doesNotContain("Sign it in person");
        for (String signing : List.of("#signInPerson", "#sendForSigning", "#printForPaper", "#recordPaper",
                "#importReturned")) {
            assertThat(showing(robot, signing)).as("%s is not offered", signing).isFalse();
        }
        robot.interact(() -> robot.lookup("#recordBack").queryButton().fire());
        waitUntil(() -> showing(robot, "#sheetTable"));

        selectSession(robot, LocalDate.of(2025, 3, 3));
        // Not fired through interact(): the dialog waits for an answer and interact() would wait with it.
        javafx.application.Platform.runLater(() -> robot.lookup("#writeRecord").queryButton().fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = robot.lookup(".dialog-pane .label").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).collect(java.util.stream.Collectors.joining(" "));
        assertThat(said).contains("This file is archived", "Jo Bloggs left on 31/03/2025");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new RecordBook(desk.root().database(), TODAY).forSupervisee(joId)).as("no record was added").hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private void selectSession(FxRobot robot, LocalDate date) {
        robot.interact(() -> {
            TableView<SessionEntry> table = robot.lookup("#sheetTable").queryAs(TableView.class);
            table.getItems().stream().filter(e -> e.session().date().equals(date)).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
        });
    }
}
