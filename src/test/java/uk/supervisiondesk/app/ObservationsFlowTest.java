package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.compliance.AsyeMilestoneDue;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;

/** The Observations screen: observations counted on the dashboard, the ASYE milestones of two packs, an audit pre-filled. */
@ExtendWith(ApplicationExtension.class)
class ObservationsFlowTest {
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

    private void seed(String pack, Supervisee who, Consumer<DeskDatabase> more) throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            new PolicySettings(db, TODAY).choosePack(pack);
            joId = new StaffRegister(db, TODAY).save(who).id();
            more.accept(db);
        }
    }

    private void launchAndGoToObservations(FxRobot robot) throws Exception {
        desk = RunningDesk.unlocked(robot, stage, dir, TODAY);
                waitUntil(() -> showing(robot, "#dashboardTable") && !text(robot, "#dashboardSummary").isEmpty());
    }

    private void goToObservations(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#observationTable")
                && !robot.lookup("#newObservation").queryButton().isDisabled()
                && !text(robot, "#observationCount").isEmpty());
    }

    @Test
    void aCompletedObservationCountsOnTheDashboardAndItsActionComesToTheNextSession(FxRobot robot) throws Exception {
        seed("blackpool", TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)),
                db -> new SessionLog(db, TODAY).saveAll(List.of(new SessionEntry(null, joId,
                        SupervisionSession.planned(LocalDate.of(2026, 11, 20), SessionKind.INDIVIDUAL)))));
        launchAndGoToObservations(robot);
        assertThat(text(robot, "#dashboardSummary")).contains("Observations of practice this year: 0 of 8");
        goToObservations(robot);
        assertThat(text(robot, "#observationCount")).startsWith("0 of 8 observations done")
                .contains("0 of 2 by their own manager");

        press(robot, "#newObservation"); // by keyboard: on a short window the button sits below the fold
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertThat(text(robot, "#recordTitle")).isEqualTo("Observed practice");
        type(robot, "#observer", "Pat Chair");
        type(robot, "#observerRole", "Child protection chair");
        choose(robot, "#byOwnManager", "No");
        robot.interact(() -> robot.lookup("#actionsAdd").queryButton().fire());
        type(robot, "#actions1What", "Share the plan with the family");
        type(robot, "#actions1Who", "Jo Bloggs");
        type(robot, "#actions1By", "04/12/2026");
        robot.clickOn("#completeRecord");
        waitUntil(() -> showing(robot, "#observationTable") && rows(robot, "#observationTable") == 1
                && text(robot, "#observationCount").startsWith("1 of 8"));
        SupervisionRecord observation = recordsOf("observation").get(0);
        assertThat(observation.status()).isEqualTo(RecordStatus.COMPLETE);
        assertThat(observation.values().get("observer")).isEqualTo(Map.of("name", "Pat Chair",
                "role", "Child protection chair"));
        assertThat(text(robot, "#observationCount")).contains("0 of 2 by their own manager");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#dashboardSummary").contains("Observations of practice this year: 1 of 8"));

        // The observation's action is on the agenda of the next session record, to be reviewed.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("Share the plan with the family")).tryQuery()).isPresent();
        List<ActionItem> open = new RecordBook(desk.root().database(), TODAY).openActionsFor(joId, null);
        assertThat(open).extracting(ActionItem::what).containsExactly("Share the plan with the family");
    }

    @Test
    void asyeMilestonesAreDueWhenSandwellSaysAndTheTrackerMarksThemDone(FxRobot robot) throws Exception {
        seed("sandwell", TestData.newlyQualified("E2", "Ana", "Newman", LocalDate.of(2026, 9, 1)), db -> { });
        launchAndGoToObservations(robot);
        goToObservations(robot);
        waitUntil(() -> rows(robot, "#milestoneTable") == 4);
        assertThat(milestones(robot)).extracting(AsyeMilestoneDue::key, m -> m.dueOn().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("review3Months", "2026-12-01"),
                org.assertj.core.groups.Tuple.tuple("review6Months", "2027-03-01"),
                org.assertj.core.groups.Tuple.tuple("review9Months", "2027-06-01"),
                org.assertj.core.groups.Tuple.tuple("finalEvidenceMeeting", "2027-09-01"));
        assertThat(milestones(robot).get(0).name()).isEqualTo("3-month review (ROSPA)");

        assertThat(robot.lookup("#openTracker").queryButton().getText()).isEqualTo("Start the ASYE tracker");
        press(robot, "#openTracker");
        waitUntil(() -> showing(robot, "#recordTitle"));
        type(robot, "#review3Months", "20/11/2026");
        choose(robot, "#panelOutcome", "Defer");
        waitUntil(() -> !recordsOf("asye-tracker").isEmpty()
                && "2026-11-20".equals(recordsOf("asye-tracker").get(0).values().get("review3Months")));
        robot.clickOn("#recordBack");
        waitUntil(() -> showing(robot, "#milestoneTable") && milestones(robot).size() == 4
                && milestones(robot).get(0).doneOn().isPresent());
        assertThat(milestones(robot).get(0).doneOn()).contains(LocalDate.of(2026, 11, 20));
        assertThat(text(robot, "#asyeSummary")).contains("Panel outcome: Defer");
        assertThat(robot.lookup("#openTracker").queryButton().getText()).isEqualTo("Open the ASYE tracker");
    }

    @Test
    void seftonHasItsOwnAsyeMilestonesAndTheOverdueOneReachesTheDashboard(FxRobot robot) throws Exception {
        seed("sefton", TestData.newlyQualified("E2", "Ana", "Newman", LocalDate.of(2026, 5, 1)), db -> { });
        launchAndGoToObservations(robot);
        assertThat(text(robot, "#dashboardSummary")).contains("ASYE milestones: 2 overdue");
        goToObservations(robot);
        waitUntil(() -> rows(robot, "#milestoneTable") == 3);
        // 1 May 2026 plus 3, 6 and 12 months, moved back to a working day (1 Aug and 1 May 2027 are weekends).
        assertThat(milestones(robot)).extracting(AsyeMilestoneDue::key, m -> m.dueOn().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("review3Months", "2026-07-31"),
                org.assertj.core.groups.Tuple.tuple("review6Months", "2026-10-30"),
                org.assertj.core.groups.Tuple.tuple("review12Months", "2027-04-30"));
    }

    @Test
    void anAuditStartsWithWhatTheFileShows(FxRobot robot) throws Exception {
        seed("sandwell", TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)),
                db -> new SessionLog(db, TODAY).saveAll(List.of(
                        new SessionEntry(null, joId, SupervisionSession.held(LocalDate.of(2026, 9, 14), SessionKind.INDIVIDUAL)),
                        new SessionEntry(null, joId, SupervisionSession.held(LocalDate.of(2026, 10, 12), SessionKind.INDIVIDUAL)))));
        launchAndGoToObservations(robot);
        goToObservations(robot);
        press(robot, "#startAudit");
        waitUntil(() -> showing(robot, "#recordTitle"));
        waitUntil(() -> !recordsOf("audit").isEmpty());
        Map<String, Object> answers = checklistAnswers(recordsOf("audit").get(0));
        assertThat(answers.get("Supervision agreement on file"))
                .isEqualTo(Map.of("answer", "No", "comment", "No supervision agreement is on file."));
        assertThat(answers.get("Every session recorded"))
                .isEqualTo(Map.of("answer", "No", "comment", "2 of the 2 sessions held have no completed record."));
        assertThat(answers.get("Records signed by supervisor and supervisee"))
                .isEqualTo(Map.of("answer", "No", "comment", "There are no records to sign."));
        assertThat(answers.get("Agreed actions checked and completed"))
                .isEqualTo(Map.of("answer", "Yes", "comment", "No agreed action is outstanding."));
        assertThat(((Map<?, ?>) answers.get("Supervision held within timescale")).get("comment").toString())
                .startsWith("2 of the 12 sessions the policy asks for in the last 12 months were held");
        choose(robot, "#overallJudgement", "Requires improvement");
        robot.clickOn("#recordBack");
        waitUntil(() -> showing(robot, "#auditTable") && rows(robot, "#auditTable") == 1);
        waitUntil(() -> "Requires improvement".equals(recordsOf("audit").get(0).text("overallJudgement")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> checklistAnswers(SupervisionRecord audit) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        audit.values().values().stream().filter(Map.class::isInstance)
                .forEach(v -> ((Map<String, Object>) v).forEach(all::put));
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<AsyeMilestoneDue> milestones(FxRobot robot) {
        return new ArrayList<>(robot.lookup("#milestoneTable").queryAs(TableView.class).getItems());
    }

    private List<SupervisionRecord> recordsOf(String type) {
        return new RecordBook(desk.root().database(), TODAY).forSupervisee(joId).stream()
                .filter(r -> r.recordType().equals(type)).toList();
    }
}
