package uk.supervisiondesk.testing;

import static uk.supervisiondesk.testing.DeskUi.press;
import static uk.supervisiondesk.testing.DeskUi.showing;
import static uk.supervisiondesk.testing.DeskUi.type;
import static uk.supervisiondesk.testing.DeskUi.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import uk.supervisiondesk.app.DeskRoot;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.ui.FxDialogService;

/**
 * The whole app started on a test data folder, as a user starts it: the unlock screen on the
 * test's stage, then the passphrase typed. Dialogs are real ones that a test can answer
 * ({@link AnsweringDialogs}).
 */
public final class RunningDesk {
    private DeskRoot root;
    private AnsweringDialogs dialogs;

    private RunningDesk() {
    }

    /** Shows the unlock screen for the data folder {@code data} on {@code stage}. */
    public static RunningDesk show(FxRobot robot, Stage stage, Path data, Clock clock) {
        RunningDesk desk = new RunningDesk();
        robot.interact(() -> {
            desk.root = new DeskRoot(new DeskRoot.Options(new DataFolder(data), TestData.TEST_KEY_ITERATIONS, clock,
                    owner -> desk.dialogs = new AnsweringDialogs(new FxDialogService(owner))));
            desk.root.prepare();
            desk.root.show(stage);
        });
        return desk;
    }

    /** Shows the app and unlocks it with {@link TestData#PASSPHRASE}; returns once the dashboard shows. */
    public static RunningDesk unlocked(FxRobot robot, Stage stage, Path data, Clock clock) throws Exception {
        return show(robot, stage, data, clock).unlock(robot);
    }

    public RunningDesk unlock(FxRobot robot) throws Exception {
        type(robot, "#passphrase", new String(TestData.PASSPHRASE));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#dashboardTable"));
        return this;
    }

    /** Goes to the Sessions screen with leavers included and chooses the first person there. */
    public void openFirstLeaversSheet(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sheetIncludeLeavers"));
        press(robot, "#sheetIncludeLeavers");
        ComboBox<?> person = robot.lookup("#sheetPerson").queryAs(ComboBox.class);
        waitUntil(() -> !person.getItems().isEmpty());
        robot.interact(() -> person.getSelectionModel().select(0));
    }

    public DeskRoot root() {
        return root;
    }

    public AnsweringDialogs dialogs() {
        return dialogs;
    }

    /** Closes the app as the user would, so its database can be opened by the test. */
    public void shutDown(FxRobot robot) {
        robot.interact(root::shutdown);
    }
}
