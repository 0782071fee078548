package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DataFolderLock;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.store.StaffDao;
import uk.supervisiondesk.store.UserSetup;
import uk.supervisiondesk.testing.TestData;
import static uk.supervisiondesk.testing.DeskUi.*;

/**
 * The desktop app driven through real clicks and keys on Monocle's headless glass, against a
 * real encrypted database in a temporary data folder.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowTest {
    private static final String GOOD = new String(PASSPHRASE);

    @TempDir
    Path dir;
    private Stage stage;
    private DeskRoot root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (root != null) {
                root.shutdown();
            }
        });
    }

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            root = new DeskRoot(new DeskRoot.Options(new DataFolder(dir), TEST_KEY_ITERATIONS,
                    Clock.systemDefaultZone()));
            root.prepare();
            root.show(stage);
        });
    }

    /** After unlocking the app shows the dashboard; Ctrl+2 goes to the staff register. */
    private static void toStaff(FxRobot robot) throws Exception {
        waitUntil(() -> showing(robot, "#dashboardTable"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#staffTable"));
    }

    @Test
    void firstRunThenAddSomeoneThenRestartAndUnlockFindsThem(FxRobot robot) throws Exception {
        launch(robot);
        assertThat(robot.lookup("#unlockButton").queryButton().getText()).isEqualTo("_Create encrypted database");
        type(robot, "#passphrase", GOOD);
        type(robot, "#confirmation", GOOD);
        robot.clickOn("#unlockButton");
        answerTheWelcome(robot);
        toStaff(robot);

        robot.clickOn("#newSupervisee");
        type(robot, "#employeeNumber", "E2001");
        type(robot, "#forenames", "Priya");
        type(robot, "#surname", "Shah");
        choose(robot, "#role", "Social Worker");
        type(robot, "#team", "Children in Care Team");
        type(robot, "#employmentStart", "07/09/2026");
        type(robot, "#asyeStart", "07/09/2026");
        type(robot, "#emergencyName", "Raj Shah");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#staffTable").queryAs(TableView.class).getItems().size() == 1);

        Supervisee saved = root.database().dao(StaffDao.class).findAll().get(0);
        assertThat(saved.fullName()).isEqualTo("Priya Shah");
        assertThat(saved.currentRole()).contains(Role.SOCIAL_WORKER);
        assertThat(saved.employment().asyeStart()).isEqualTo(java.time.LocalDate.of(2026, 9, 7));
        assertThat(saved.emergencyContact().name()).isEqualTo("Raj Shah");
        assertThat(robot.lookup("#unsavedIndicator").query().isVisible()).isFalse();

        robot.interact(() -> root.shutdown());
        launch(robot);
        assertThat(robot.lookup("#unlockButton").queryButton().getText()).isEqualTo("_Unlock");
        type(robot, "#passphrase", GOOD);
        robot.type(KeyCode.ENTER);
        toStaff(robot);
        waitUntil(() -> robot.lookup("#staffTable").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("Shah, Priya").tryQuery()).isPresent();
        assertThat(robot.lookup("Active (ASYE)").tryQuery()).isPresent();
    }

    private void answerTheWelcome(FxRobot robot) throws Exception {
        waitUntil(() -> showing(robot, "#welcomeStart") && robot.lookup("#welcomePack").queryComboBox()
                .getValue() != null);
        press(robot, "#passphraseKept");
        type(robot, "#welcomeUserName", "Sam Manager");
        choose(robot, "#welcomePack", "Sefton Council Children's Services");
        replace(robot, "#welcomeExportFolder", dir.resolve("exports").toString());
        press(robot, "#welcomeStart");
    }

    @Test
    void theWelcomeSavesWhoTheUserIsTheirPolicyAndExportFolderOnce(FxRobot robot) throws Exception {
        launch(robot);
        type(robot, "#passphrase", GOOD);
        type(robot, "#confirmation", GOOD);
        robot.clickOn("#unlockButton");
        waitUntil(() -> showing(robot, "#welcomeStart") && robot.lookup("#welcomePack").queryComboBox()
                .getValue() != null);
        assertThat(text(robot, "#welcomePackSummary")).startsWith("Following England (national employer standard)");

        Path aFile = java.nio.file.Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        replace(robot, "#welcomeExportFolder", aFile.toString());
        press(robot, "#welcomeStart");
        waitUntil(() -> showing(robot, "#passphraseKeptError"));
        assertThat(text(robot, "#welcomeUserNameError")).isEqualTo("Type your name: it goes on every record you sign.");
        press(robot, "#passphraseKept");
        type(robot, "#welcomeUserName", "Sam Manager");
        press(robot, "#welcomeStart");
        waitUntil(() -> showing(robot, "#welcomeExportFolderError"));
        assertThat(text(robot, "#welcomeExportFolderError")).contains("is a file, not a folder");
        assertThat(new UserSetup(root.database(), Clock.systemDefaultZone()).isDue()).isTrue();

        choose(robot, "#welcomePack", "Sandwell Children's Trust");
        assertThat(text(robot, "#welcomePackSummary")).startsWith("Following Sandwell Children's Trust");
        choose(robot, "#welcomeUserRole", "Practice supervisor");
        replace(robot, "#welcomeExportFolder", dir.resolve("team site").resolve("Supervision").toString());
        press(robot, "#welcomeStart");
        waitUntil(() -> showing(robot, "#dashboardTable"));

        SettingsDao settings = root.database().dao(SettingsDao.class);
        assertThat(settings.get(SettingsDao.USER_NAME)).contains("Sam Manager");
        assertThat(settings.get(SettingsDao.USER_ROLE)).contains("Practice supervisor");
        assertThat(settings.get(SettingsDao.EXPORT_FOLDER)).contains(dir.resolve("team site").resolve("Supervision")
                .toString());
        assertThat(dir.resolve("team site").resolve("Supervision")).isEmptyDirectory();
        assertThat(new PolicySettings(root.database(), Clock.systemDefaultZone()).packId()).contains("sandwell");

        robot.interact(() -> root.shutdown());
        launch(robot);
        type(robot, "#passphrase", GOOD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#dashboardTable"));
        assertThat(robot.lookup("#welcomeStart").tryQuery()).isEmpty();
    }

    @Test
    void aWrongPassphraseShowsTheMessageAndOpensNothing(FxRobot robot) throws Exception {
        DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        launch(robot);
        type(robot, "#passphrase", "not my passphrase at all");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#unlockError"));

        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText())
                .isEqualTo("That passphrase is not right. Check Caps Lock and try again.");
        assertThat(robot.lookup("#passphrase").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#staffTable").tryQuery()).isEmpty();
        assertThat(root.database()).isNull();
    }

    @Test
    void invalidInputShowsErrorsBesideTheFieldsAndSavesNothing(FxRobot robot) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(dir));
        launch(robot);
        type(robot, "#passphrase", GOOD);
        robot.type(KeyCode.ENTER);
        toStaff(robot);

        robot.clickOn("#newSupervisee");
        type(robot, "#forenames", "Tomasz");
        type(robot, "#dateOfBirth", "31/02/1990");
        type(robot, "#employmentStart", "01/06/2024");
        type(robot, "#leavingDate", "01/01/2024");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#dateOfBirthError")).contains("\"31/02/1990\" is not a real date");
        assertThat(text(robot, "#leavingDateError")).contains("must be after the employment start date");
        assertThat(text(robot, "#surnameError")).isEqualTo("Enter their surname.");
        assertThat(text(robot, "#employeeNumberError")).isEqualTo("Enter the employee number from payroll or HR.");
        assertThat(text(robot, "#roleError")).isEqualTo("Choose the role they hold now.");
        assertThat(robot.lookup("#forenamesError").query().isVisible()).isFalse();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("Not saved");
        assertThat(root.database().dao(StaffDao.class).count()).isZero();
        assertThat(robot.lookup("#unsavedIndicator").query().isVisible()).isTrue();
    }

    @Test
    void leavingAFormWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(dir));
        launch(robot);
        type(robot, "#passphrase", GOOD);
        robot.type(KeyCode.ENTER);
        toStaff(robot);
        robot.clickOn("#newSupervisee");
        type(robot, "#forenames", "Half-typed");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#forenames").queryAs(TextField.class).getText()).isEqualTo("Half-typed");

        robot.clickOn("#nav-observations");
        waitUntil(() -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn("Discard changes");
        waitUntil(() -> showing(robot, "#comingDescription"));
        assertThat(robot.lookup("#comingDescription").queryAs(Label.class).getText()).contains("observations of practice");
        assertThat(root.database().dao(StaffDao.class).count()).isZero();
    }

    @Test
    void aSecondCopyOnTheSameDataSaysItIsAlreadyOpen(FxRobot robot) throws Exception {
        DataFolder folder = new DataFolder(dir);
        DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        try (DataFolderLock otherCopy = DataFolderLock.acquire(folder)) {
            launch(robot);
            assertThat(robot.lookup("#inUseMessage").queryAs(Label.class).getText())
                    .contains("already open in another copy of Supervision Desk");
        }
        robot.clickOn("#inUseRetry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unlockButton").queryButton().getText()).isEqualTo("_Unlock");
    }
}
