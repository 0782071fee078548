package uk.supervisiondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.DeskUi.*;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.concurrent.Worker;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.testing.RunningDesk;
import uk.supervisiondesk.testing.TestData;
import uk.supervisiondesk.ui.exporting.ExportJob;

/**
 * File, Export everything new: the dashboard's "not yet filed" finding, the export with its
 * progress window, the files in the library and what the database remembers; and a real
 * background export cancelled part-way, leaving only whole files.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFlowTest {
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

    /** Jo Bloggs with two completed records; the export folder set to a library. */
    private Path setUp(Path data) throws Exception {
        TestData.createSetUpDatabase(new DataFolder(data));
        Path library = Files.createDirectories(dir.resolve("Team library"));
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), PASSPHRASE)) {
            db.dao(SettingsDao.class).put(SettingsDao.EXPORT_FOLDER, library.toString());
            Clock clock = Clock.systemDefaultZone();
            Supervisee jo = new StaffRegister(db, clock).save(TestData.socialWorker("E1042", "Jo", "Bloggs",
                    LocalDate.of(2024, 1, 8)));
            RecordBook book = new RecordBook(db, clock);
            for (LocalDate on : List.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20))) {
                book.complete(book.create(new SupervisionRecord(null, jo.id(), "welfare", "welfare", on, null,
                        RecordStatus.DRAFT, 1, Map.of(), null)), List.of(), List.of(), null);
            }
        }
        return library;
    }

    @Test
    void exportEverythingNewFilesTheRecordsAndTheNotYetFiledFindingGoes(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Path library = setUp(data);
        unlock(robot, data);
        waitUntil(() -> rows(robot, "#dashboardTable") == 1);
        robot.clickOn("Bloggs, Jo");
        waitUntil(() -> findings(robot).stream().anyMatch(f -> f.contains("2 completed records are not yet filed")));

        robot.clickOn("File");
        robot.clickOn("Export everything new");

        Path records = library.resolve("Bloggs, Jo (E1042)");
        waitUntil(() -> pdfsUnder(records).size() == 4 && !showing(robot, "#cancelExport"));
        assertThat(pdfsUnder(records)).containsExactlyInAnyOrder("2026-10-20 Welfare supervision v1.pdf",
                "2026-11-20 Welfare supervision v1.pdf", "Personal details front sheet.pdf",
                "Supervision monitoring sheet.pdf");
        try (DeskDatabase db = openAgain(robot, data)) {
            assertThat(SupervisionFileExport.notYetFiled(db)).isEmpty();
        }
    }

    private void unlock(FxRobot robot, Path data) throws Exception {
        desk = RunningDesk.unlocked(robot, stage, data, Clock.systemDefaultZone());
    }

    @Test
    void theStaffScreenExportsASuperviseesWholeFileAsOnePdfToo(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Path library = setUp(data);
        unlock(robot, data);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#staffTable") && rows(robot, "#staffTable") == 1);
        assertThat(robot.lookup("#exportSuperviseeFile").queryButton().isDisabled()).as("nobody chosen yet").isTrue();
        robot.interact(() -> robot.lookup("#staffTable").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#exportSuperviseeFile").queryButton().isDisabled());
        press(robot, "#exportSuperviseeFile");

        Path jo = library.resolve("Bloggs, Jo (E1042)");
        waitUntil(() -> pdfsUnder(jo).size() == 5 && !showing(robot, "#cancelExport"));
        assertThat(pdfsUnder(jo)).contains("Supervision file " + LocalDate.now() + ".pdf");
        waitUntil(() -> robot.lookup("#statusMessage").queryLabeled().getText()
                .startsWith("Filed 2 records: 5 new files, 0 already there unchanged"));
    }

    @Test
    void withNoExportFolderItSaysSoAndOffersSettings(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        setUp(data);
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), PASSPHRASE)) {
            db.dao(SettingsDao.class).put(SettingsDao.EXPORT_FOLDER, "");
        }
        unlock(robot, data);
        robot.clickOn("File");
        robot.clickOn("Export everything new");
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("for example your team's SharePoint library")).tryQuery().isPresent());
        robot.clickOn("Open Settings");
        waitUntil(() -> showing(robot, "#exportFolder"));
    }

    /** Closes the app (the database takes one user at a time) and opens its database to look inside. */
    private DeskDatabase openAgain(FxRobot robot, Path data) throws Exception {
        desk.shutDown(robot);
        desk = null;
        return DeskDatabase.open(new DataFolder(data), PASSPHRASE);
    }

    @Test
    void cancellingARealBackgroundExportLeavesOnlyWholeFiles(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Path library = setUp(data);
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(data), PASSPHRASE)) {
            Clock clock = Clock.systemDefaultZone();
            RecordFiling filing = new RecordFiling(db, clock, new SigningIdentities(db, clock), new TemplateLoader(),
                    () -> new FilingLetterhead("Council", "Council", "Sam Manager"));
            SupervisionFileExport export = new SupervisionFileExport(db, clock, filing,
                    new PolicyPackLoader().englandDefault().supervisionFile().orElseThrow());
            List<String> done = new ArrayList<>();
            AtomicReference<ExportJob> job = new AtomicReference<>();
            job.set(new ExportJob(p -> export.exportAll(library, Optional.empty(), true,
                    new SupervisionFileExport.Progress() {
                        @Override
                        public void done(int filesDone, int filesInAll, String fileName) {
                            p.done(filesDone, filesInAll, fileName);
                            done.add(fileName);
                            // The user presses Cancel while the first file is being reported.
                            job.get().cancel(false);
                        }

                        @Override
                        public boolean cancelled() {
                            return p.cancelled();
                        }
                    })));
            Thread thread = new Thread(job.get(), "export under test");
            thread.start();
            thread.join();
            waitUntil(() -> stateOf(job.get()) == Worker.State.CANCELLED);

            assertThat(done).hasSize(1);
            try (Stream<Path> all = Files.walk(library)) {
                assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .containsExactlyElementsOf(done);
            }
            assertThat(SupervisionFileExport.notYetFiled(db)).containsValue(1);
        }
    }

    private static Worker.State stateOf(ExportJob job) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(job::getState).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> findings(FxRobot robot) {
        ListView<?> list = robot.lookup("#dashboardFindings").queryAs(ListView.class);
        return list.getItems().stream().map(f -> ((uk.supervisiondesk.policy.compliance.Finding) f).text()).toList();
    }

    private static List<String> pdfsUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // A temporary file went into place while the folder was being listed: look again.
            return List.of();
        }
    }
}
