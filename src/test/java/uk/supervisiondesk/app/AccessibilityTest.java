package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.AccessibleNames;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.NavigationTarget;

/**
 * What a screen-reader or keyboard-only user meets: every control they can reach has a name
 * read aloud, and a session record can be written and completed without touching the mouse.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Stage stage;
    private RunningDesk desk;

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
    void everyControlOnEveryScreenHasANameAScreenReaderReads(FxRobot robot) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(dir));
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            PolicySettings settings = new PolicySettings(db, TODAY);
            settings.choosePack("sefton");
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            new SampleDataLoader(db, TODAY).load(7, 4, 1, LocalDate.now(TODAY), policy.pack(), policy.calendar());
        }
        launch(robot);
        assertNamed(robot, "unlock screen");
        unlock(robot);

        for (NavigationTarget target : NavigationTarget.values()) {
            go(robot, target);
            assertNamed(robot, target.title());
        }

        go(robot, NavigationTarget.STAFF);
        waitUntil(() -> rows(robot, "#staffTable") > 0);
        robot.interact(() -> robot.lookup("#staffTable").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> showing(robot, "#saveButton"));
        assertNamed(robot, "a supervisee's front sheet");

        go(robot, NavigationTarget.SESSIONS);
        waitUntil(() -> rows(robot, "#sheetTable") > 0);
        robot.interact(() -> robot.lookup("#sheetTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#writeRecord").queryButton().fire());
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertNamed(robot, "a session record");
        robot.interact(() -> robot.lookup("#recordBack").queryButton().fire());
        waitUntil(() -> showing(robot, "#sheetTable"));

        go(robot, NavigationTarget.AGREEMENTS);
        waitUntil(() -> !robot.lookup("#newAgreement").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#newAgreement").queryButton().fire());
        waitUntil(() -> showing(robot, "#recordTitle"));
        assertNamed(robot, "an agreement");

        robot.type(KeyCode.F1);
        waitUntil(() -> guideWindow() != null);
        List<String> inGuide = AccessibleNames.unnamed(guideWindow().getScene().getRoot());
        assertThat(inGuide).as("unnamed controls in the guide").isEmpty();
    }

    @Test
    void aSessionRecordIsWrittenAndCompletedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        long joId;
        TestData.createSetUpDatabase(new DataFolder(dir));
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
            Supervisee jo = new StaffRegister(db, TODAY).save(
                    TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            joId = jo.id();
            new SessionLog(db, TODAY).saveAll(List.of(new SessionEntry(null, jo.id(),
                    SupervisionSession.planned(LocalDate.of(2026, 11, 20), SessionKind.INDIVIDUAL))));
        }
        launch(robot);
        unlock(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetTable") && rows(robot, "#sheetTable") == 1);
        tabTo(robot, "sheetTable");
        robot.type(KeyCode.HOME);
        tabTo(robot, "writeRecord");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> showing(robot, "#recordTitle"));
        tabTo(robot, "wellbeing");
        robot.write("Tired after court, but coping");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        long id = joId;
        waitUntil(() -> showing(robot, "#sheetTable") && recordStatus(id) == RecordStatus.COMPLETE);
        assertThat(new RecordBook(desk.root().database(), TODAY).forSupervisee(id)).singleElement()
                .satisfies(r -> assertThat(r.text("wellbeing")).isEqualTo("Tired after court, but coping"));
        assertThat(new SessionLog(desk.root().database(), TODAY).forSupervisee(id)).singleElement()
                .extracting(e -> e.session().outcome()).isEqualTo(SessionOutcome.HELD);
    }

    @Test
    void textSizeAndHighContrastApplyToEveryScreenAndAreRememberedAtTheNextStart(FxRobot robot) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(dir));
        launch(robot);
        unlock(robot);
        double standard = rootFontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rootFontSize()).as("two steps larger: 130%").isCloseTo(standard * 1.3, org.assertj.core.data.Offset.offset(0.2));

        go(robot, NavigationTarget.SETTINGS);
        press(robot, "#highContrast");
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("desk-high-contrast.css"));
        assertThat(robot.lookup("#textSize").queryComboBox().getValue()).isNotNull();
        waitUntil(() -> uk.supervisiondesk.store.DisplayPreferences.read(new DataFolder(dir)).highContrast());

        desk.shutDown(robot);
        desk = null;
        launch(robot);
        assertThat(stage.getScene().getStylesheets()).as("the unlock screen is already high contrast")
                .anyMatch(s -> s.endsWith("desk-high-contrast.css"));
        assertThat(rootFontSize()).isCloseTo(standard * 1.3, org.assertj.core.data.Offset.offset(0.2));
        unlock(robot);
        assertThat(rootFontSize()).isCloseTo(standard * 1.3, org.assertj.core.data.Offset.offset(0.2));
    }

    private double rootFontSize() {
        String style = stage.getScene().getRoot().getStyle();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px").matcher(style);
        assertThat(m.find()).as("root style " + style).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theCheckNamesAFieldWithoutALabelAndPassesOneWithALabel(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.TextField bare = new javafx.scene.control.TextField();
            bare.setId("bare");
            javafx.scene.control.TextField labelled = new javafx.scene.control.TextField();
            javafx.scene.control.Label label = new javafx.scene.control.Label("Venue");
            label.setLabelFor(labelled);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(bare, label, labelled,
                    new javafx.scene.control.Button("Save"));
            stage.setScene(new javafx.scene.Scene(box));
            stage.show();
            assertThat(AccessibleNames.unnamed(box)).containsExactly("TextField #bare");
        });
    }

    private void launch(FxRobot robot) {
        desk = RunningDesk.show(robot, stage, dir, TODAY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void unlock(FxRobot robot) throws Exception {
        type(robot, "#passphrase", new String(PASSPHRASE));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#dashboardTable"));
    }

    private void go(FxRobot robot, NavigationTarget target) {
        robot.interact(() -> stage.getScene().getAccelerators().get(target.shortcut()).run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNamed(FxRobot robot, String where) {
        Parent scene = stage.getScene().getRoot();
        assertThat(AccessibleNames.unnamed(scene)).as("unnamed controls on " + where).isEmpty();
    }

    /** Presses Tab, as a keyboard user does, until the control with this id has the focus. */
    private void tabTo(FxRobot robot, String id) {
        for (int presses = 0; presses < 80; presses++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + stage.getScene().getFocusOwner());
    }

    private static Window guideWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && Messages.get("guide.title").equals(s.getTitle()))
                .findFirst().orElse(null);
    }

    private RecordStatus recordStatus(long supervisee) {
        return new RecordBook(desk.root().database(), TODAY).forSupervisee(supervisee).stream()
                .map(r -> r.status()).findFirst().orElse(null);
    }
}
