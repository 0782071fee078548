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
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.prompts.ReflectiveCoverage;
import uk.supervisiondesk.prompts.Stage;
import uk.supervisiondesk.prompts.SupervisionFunction;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.prompts.CyclePicture;

/** The reflective prompts beside a session record's notes, driven by keyboard, checked in the database. */
@ExtendWith(ApplicationExtension.class)
class PromptsFlowTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    private static final String STORY = "Take me through what happened, in the order it happened.";
    private static final String NEXT = "Given everything we have talked about, what should happen next?";

    @TempDir
    Path dir;
    private javafx.stage.Stage stage;
    private RunningDesk desk;
    private long joId;

    @Start
    void start(javafx.stage.Stage stage) {
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

    private void openSessionRecord(FxRobot robot) throws Exception {
        desk = RunningDesk.unlocked(robot, stage, dir, TODAY);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#writeRecord");
        waitUntil(() -> showing(robot, "#promptsPanel"));
    }

    /** From the notes: Ctrl+Shift+P to the search, type, Enter to the first match, Enter to put it in. */
    private void askBySearch(FxRobot robot, String words) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(words);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aQuestionGoesIntoTheNotesAtTheCaretAndItsStageIsSavedAsCovered(FxRobot robot) throws Exception {
        openSessionRecord(robot);
        type(robot, "#reflectiveDiscussion", "Visit to the family on Monday.");
        askBySearch(robot, "order it happened");

        TextArea notes = robot.lookup("#reflectiveDiscussion").queryAs(TextArea.class);
        assertThat(notes.getText()).isEqualTo("Visit to the family on Monday.\n" + STORY + "\n");
        assertThat(notes.isFocused()).as("the notes have the focus back").isTrue();
        robot.write("She said it went well.");
        assertThat(notes.getText()).endsWith(STORY + "\nShe said it went well.");

        waitUntil(() -> coverage().covers(Stage.EXPERIENCE)
                && recordOfJo().text("reflectiveDiscussion").endsWith("She said it went well."));
        assertThat(coverage().stages()).containsExactly(Stage.EXPERIENCE);
        CyclePicture picture = robot.lookup("#cyclePicture").queryAs(CyclePicture.class);
        assertThat(picture.showsCovered(Stage.EXPERIENCE)).isTrue();
        assertThat(picture.showsCovered(Stage.PLAN)).isFalse();
        assertThat(picture.getAccessibleText()).contains("Covered: Experience.");
    }

    @Test
    void goingFromExperienceStraightToPlanIsPointedOutUntilReflectionIsCovered(FxRobot robot) throws Exception {
        openSessionRecord(robot);
        robot.interact(() -> robot.lookup("#reflectiveDiscussion").query().requestFocus());
        askBySearch(robot, "order it happened");
        assertThat(showing(robot, "#cycleAdvice")).isFalse();
        askBySearch(robot, "what should happen next");
        assertThat(robot.lookup("#reflectiveDiscussion").queryAs(TextArea.class).getText())
                .isEqualTo(STORY + "\n" + NEXT + "\n");
        waitUntil(() -> showing(robot, "#cycleAdvice"));
        assertThat(text(robot, "#cycleAdvice")).contains("straight to what to do next");
        waitUntil(() -> coverage().stages().equals(java.util.Set.of(Stage.EXPERIENCE, Stage.PLAN)));

        press(robot, "#cover-reflection");
        waitUntil(() -> !showing(robot, "#cycleAdvice"));
        press(robot, "#cover-support");
        robot.interact(() -> robot.lookup("#kssPane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        press(robot, "#kss-practitioner-7");
        waitUntil(() -> coverage().covers(Stage.REFLECTION) && coverage().covers(SupervisionFunction.SUPPORT)
                && coverage().kss().contains("practitioner-7"));

        press(robot, "#cover-reflection");
        waitUntil(() -> showing(robot, "#cycleAdvice"));
        waitUntil(() -> !coverage().covers(Stage.REFLECTION));

        // Completed, the record shows in the supervisee's coverage over the months and as KSS evidence.
        robot.clickOn("#completeRecord");
        waitUntil(() -> showing(robot, "#sheetTable"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        ListView<?> evidence = robot.lookup("#kssEvidence").queryAs(ListView.class);
        waitUntil(() -> evidence.getItems().size() == 1);
        assertThat(evidence.getItems().get(0).toString()).startsWith("KSS 7: ")
                .endsWith("one record: 20/11/2026 Individual supervision record");
        assertThat(text(robot, "#coverageSummary")).contains("one record with reflective coverage",
                "never covered: Reflection, Analysis", "One went from Experience straight to Plan");
        TableView<?> months = robot.lookup("#coverageTable").queryAs(TableView.class);
        assertThat(months.getColumns()).hasSize(7);
        assertThat(months.getColumns().get(6).getText()).isEqualTo("Nov 26");
        // Rows: records, the four stages, the four functions, Experience to Plan.
        assertThat(months.getItems()).hasSize(10);
        assertThat(months.getColumns().get(6).getCellData(1)).isEqualTo("1 of 1");
        assertThat(months.getColumns().get(6).getCellData(2)).isEqualTo("0 of 1");
        assertThat(months.getColumns().get(5).getCellData(1)).isEqualTo("");
    }

    @Test
    void aQuestionOfYourOwnIsSavedToYourFileAndOfferedAtOnce(FxRobot robot) throws Exception {
        openSessionRecord(robot);
        robot.interact(() -> robot.lookup("#ownQuestionPane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        type(robot, "#ownQuestion", "What would the judge want to know first?");
        press(robot, "#addOwnQuestion");
        Path file = dir.resolve("my-questions.yaml");
        waitUntil(() -> Files.exists(file));
        assertThat(Files.readString(file)).contains("id: my-what-would-the-judge-want-to", "group: experience",
                "text: What would the judge want to know first?");
        replace(robot, "#promptSearch", "judge want");
        ListView<?> list = robot.lookup("#promptList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> robot.lookup("#reflectiveDiscussion").query().requestFocus());
        askBySearch(robot, "judge want");
        waitUntil(() -> recordOfJo().text("reflectiveDiscussion").contains("What would the judge want to know first?"));
        assertThat(coverage().stages()).containsExactly(Stage.EXPERIENCE);
    }

    private SupervisionRecord recordOfJo() {
        List<SupervisionRecord> records = new RecordBook(desk.root().database(), TODAY).forSupervisee(joId);
        return records.isEmpty() ? null : records.get(0);
    }

    private ReflectiveCoverage coverage() {
        SupervisionRecord r = recordOfJo();
        return r == null ? ReflectiveCoverage.NONE : ReflectiveCoverage.of(r.values());
    }
}
