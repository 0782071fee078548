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
import javafx.scene.control.ListView;
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
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;

/** The dashboard, the monitoring sheet and the monthly return, driven headless on a fixed day. */
@ExtendWith(ApplicationExtension.class)
class MonitoringFlowTest {
    /** Monday 23 November 2026, at noon in London. */
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Stage stage;
    private RunningDesk desk;
    private long samId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void seed() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            new PolicySettings(db, TODAY).choosePack("sefton");
            StaffRegister staff = new StaffRegister(db, TODAY);
            Supervisee jo = staff.save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            Supervisee sam = staff.save(TestData.socialWorker("E2", "Sam", "Smith", LocalDate.of(2024, 1, 8)));
            samId = sam.id();
            new SessionLog(db, TODAY).saveAll(List.of(
                    new SessionEntry(null, jo.id(), SupervisionSession.held(LocalDate.of(2026, 11, 2),
                            SessionKind.INDIVIDUAL).withRecord(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4))),
                    new SessionEntry(null, sam.id(), SupervisionSession.held(LocalDate.of(2026, 10, 1),
                            SessionKind.INDIVIDUAL).withRecord(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5)))));
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
                waitUntil(() -> showing(robot, "#dashboardTable") && rows(robot, "#dashboardTable") == 2);
    }

    @Test
    void theDashboardShowsWhoIsOverdueAndWhyAndLeadsToTheirSheet(FxRobot robot) throws Exception {
        launchAndUnlock(robot);
        assertThat(text(robot, "#dashboardSummary")).startsWith("Under Sefton Council Children's Services:");
        // Worst first: Sam's supervision was due by Friday 30/10/2026.
        @SuppressWarnings("unchecked")
        TableView<uk.supervisiondesk.ui.dashboard.DashboardRow> table = robot.lookup("#dashboardTable").queryAs(TableView.class);
        assertThat(table.getItems().get(0).name()).isEqualTo("Smith, Sam");
        assertThat(table.getItems().get(0).reason()).contains("overdue by 24 days");

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#dashboardDetailHeading")).startsWith("Sam Smith:");
        assertThat(robot.lookup("#dashboardFindings").queryAs(ListView.class).getItems()).isNotEmpty();

        robot.clickOn("#openMonitoringSheet");
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1
                && text(robot, "#sheetStanding").contains("30/10/2026"));
        assertThat(text(robot, "#sheetStanding")).startsWith("Status: ");
    }

    @Test
    void aPostponementNeedsAReasonAndBooksTheNewDate(FxRobot robot) throws Exception {
        launchAndUnlock(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        chooseSam(robot);

        robot.clickOn("#addSession");
        replace(robot, "#sessionDate", "09/11/2026");
        choose(robot, "#sessionOutcome", "Postponed");
        robot.clickOn("#saveSession");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sessionReasonError")).startsWith("Say why the session did not go ahead");
        assertThat(sessionsOfSam()).hasSize(1);

        type(robot, "#sessionReason", "Court hearing ran over");
        type(robot, "#sessionRescheduledTo", "16/11/2026");
        robot.clickOn("#saveSession");
        waitUntil(() -> rows(robot, "#sheetTable") == 3);

        List<SupervisionSession> sheet = sessionsOfSam();
        assertThat(sheet).extracting(SupervisionSession::outcome).containsExactly(SessionOutcome.HELD,
                SessionOutcome.POSTPONED, SessionOutcome.PLANNED);
        assertThat(sheet.get(1).reason()).isEqualTo("Court hearing ran over");
        assertThat(sheet.get(2).date()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aLateSessionMustSayWhyTheGapWasLonger(FxRobot robot) throws Exception {
        launchAndUnlock(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable"));
        chooseSam(robot);

        robot.clickOn("#addSession");
        replace(robot, "#sessionDate", "20/11/2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gapNotice")).contains("came 21 days after the latest date");
        robot.clickOn("#saveSession");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sessionGapReasonError")).startsWith("Say why the gap");
        assertThat(sessionsOfSam()).hasSize(1);

        type(robot, "#sessionGapReason", "Sam was on leave for three weeks");
        robot.clickOn("#saveSession");
        waitUntil(() -> sessionsOfSam().size() == 2);
        assertThat(sessionsOfSam().get(1).gapReason()).isEqualTo("Sam was on leave for three weeks");
    }

    @Test
    void theMonthlyReturnSavesAsCsv(FxRobot robot) throws Exception {
        Path savedFile = dir.resolve("october.csv");
        launchAndUnlock(robot);
        desk.dialogs().fileToSave = savedFile;
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#returnTable") && rows(robot, "#returnTable") == 3);
        robot.clickOn("#saveReturnCsv");
        waitUntil(() -> Files.exists(savedFile));
        List<String> lines = Files.readAllLines(savedFile);
        assertThat(lines.get(0)).startsWith("\uFEFFmonth,employee_number,");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2026-10,E1,Jo Bloggs,");
        assertThat(text(robot, "#statusMessage")).startsWith("Saved ");
    }

    private void chooseSam(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var person = (org.controlsfx.control.SearchableComboBox<uk.supervisiondesk.ui.controls.Choice<Supervisee>>)
                    robot.lookup("#sheetPerson").query();
            person.getSelectionModel().select(person.getItems().stream()
                    .filter(c -> c.value().id() == samId).findFirst().orElseThrow());
        });
        waitUntil(() -> text(robot, "#sheetStanding").contains("30/10/2026"));
    }

    private List<SupervisionSession> sessionsOfSam() {
        return new SessionLog(desk.root().database(), TODAY).forSupervisee(samId).stream().map(SessionEntry::session).toList();
    }
}
