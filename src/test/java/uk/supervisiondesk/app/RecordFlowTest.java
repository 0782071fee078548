package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.supervisiondesk.calendar.IcsReader;
import uk.supervisiondesk.calendar.PlannedSession;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;

/** Writing a session record and an agreement through the screens, headless, on a fixed day. */
@ExtendWith(ApplicationExtension.class)
class RecordFlowTest {
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

    @BeforeEach
    void seed() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            new PolicySettings(db, TODAY).choosePack("sandwell");
            Supervisee jo = new StaffRegister(db, TODAY).save(
                    TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            joId = jo.id();
            new SessionLog(db, TODAY).saveAll(List.of(new SessionEntry(null, jo.id(),
                    SupervisionSession.planned(LocalDate.of(2026, 11, 20), SessionKind.INDIVIDUAL))));
        }
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (desk != null) {
            desk.shutDown(robot);
        }
    }

    private void launchAndUnlock(FxRobot robot) throws Exception {
        desk = RunningDesk.unlocked(robot, stage, dir, TODAY);
    }

    @Test
    void aSessionRecordSavesAsItIsTypedAndCompletingItMarksTheSessionHeld(FxRobot robot) throws Exception {
        launchAndUnlock(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertThat(text(robot, "#recordTitle")).isEqualTo("Individual supervision record");

        type(robot, "#wellbeing", "Tired after court, but coping");
        waitUntil(() -> text(robot, "#recordSaveState").startsWith("Saved at "));
        robot.clickOn("#recordBack");
        waitUntil(() -> showing(robot, "#sheetTable"));
        waitUntil(() -> recordsOfJo().size() == 1);
        assertThat(recordsOfJo().get(0).text("wellbeing")).isEqualTo("Tired after court, but coping");

        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertThat(robot.lookup("#wellbeing").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Tired after court, but coping");

        robot.clickOn("#completeRecord");
        waitUntil(() -> showing(robot, "#sheetTable") && recordsOfJo().get(0).status() == RecordStatus.COMPLETE);
        assertThat(sessionsOfJo()).singleElement().extracting(s -> s.outcome()).isEqualTo(SessionOutcome.HELD);
    }

    @Test
    void anAgreementFillsItsYearOfDatesFromThePolicyAndSendsThemToACalendar(FxRobot robot) throws Exception {
        launchAndUnlock(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#agreementTable"));
        waitUntil(() -> !robot.lookup("#newAgreement").queryButton().isDisabled());
        robot.clickOn("#newAgreement");
        waitUntil(() -> showing(robot, "#recordTitle"));
        choose(robot, "#frequency", "Every month");
        robot.interact(() -> robot.lookup("#scheduleGenerate").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Path ics = dir.resolve("jo.ics");
        desk.dialogs().fileToSave = ics;
        robot.interact(() -> robot.lookup("#scheduleExport").queryButton().fire());
        waitUntil(() -> Files.exists(ics));
        List<PlannedSession> sessions = IcsReader.read(Files.readAllBytes(ics)).sessions();
        assertThat(sessions).hasSizeBetween(12, 13);
        assertThat(sessions).allMatch(s -> s.date().isAfter(LocalDate.of(2026, 11, 23)));

        robot.interact(() -> robot.lookup("#recordBack").queryButton().fire());
        waitUntil(() -> showing(robot, "#agreementTable"));
        waitUntil(() -> !recordsOfJo().isEmpty());
        SupervisionRecord agreement = recordsOfJo().get(0);
        assertThat(agreement.recordType()).isEqualTo("agreement");
        assertThat(agreement.text("frequency")).isEqualTo("1 month");
        assertThat((List<?>) agreement.values().get("schedule")).hasSize(sessions.size());
        assertThat(agreement.values().get("reviewDate")).isEqualTo("2027-11-23");
    }

    private List<SupervisionRecord> recordsOfJo() {
        return new RecordBook(desk.root().database(), TODAY).forSupervisee(joId);
    }

    private List<SupervisionSession> sessionsOfJo() {
        return new SessionLog(desk.root().database(), TODAY).forSupervisee(joId).stream().map(SessionEntry::session).toList();
    }
}
