package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;

/** The export folder in Settings: checked before it is kept, and the naming scheme shown as it will be used. */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
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
    void aWritableFolderIsKeptAFileIsRefusedAndTheNamingFollowsThePolicy(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        TestData.createSetUpDatabase(new DataFolder(data));
        desk = RunningDesk.unlocked(robot, stage, data, java.time.Clock.systemDefaultZone());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#exportFolder"));

        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        replace(robot, "#exportFolder", notAFolder.toString());
        press(robot, "#saveExportFolder");
        waitUntil(() -> text(robot, "#exportFolderError").contains("is a file, not a folder"));
        assertThat(exportFolderSetting()).isNotEqualTo(Optional.of(notAFolder.toString()));

        Path library = Files.createDirectories(dir.resolve("Team library"));
        replace(robot, "#exportFolder", library.toString());
        press(robot, "#saveExportFolder");
        waitUntil(() -> exportFolderSetting().equals(Optional.of(library.toString())));
        assertThat(text(robot, "#exportFolderError")).isEmpty();
        assertThat(text(robot, "#exportNaming")).contains(library + File.separator
                + "Surname, Forenames (employee number)" + File.separator + "04 Supervision records"
                + File.separator + "2026-11-20 Individual supervision v1.pdf");
        try (var files = Files.list(library)) {
            assertThat(files).as("the write check leaves nothing behind").isEmpty();
        }
    }

    private Optional<String> exportFolderSetting() {
        return desk.root().database().dao(SettingsDao.class).get(SettingsDao.EXPORT_FOLDER);
    }
}
