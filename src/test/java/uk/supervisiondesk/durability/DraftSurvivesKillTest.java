package uk.supervisiondesk.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.DraftTypist;
import uk.supervisiondesk.testing.TestData;

/**
 * A real process saving a draft word by word is killed hard (as a crash or a pulled plug would
 * end it); on reopening, the database opens and the draft holds every word whose save returned.
 */
class DraftSurvivesKillTest {
    @TempDir
    Path dir;

    @Test
    void everySavedWordIsThereAfterAHardKill() throws Exception {
        long recordId;
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            Supervisee jo = new StaffRegister(db, Clock.systemUTC())
                    .save(TestData.socialWorker("E1", "Jo", "Bloggs", LocalDate.of(2024, 1, 8)));
            recordId = new RecordBook(db, Clock.systemUTC()).create(new SupervisionRecord(null, jo.id(), "individual",
                    "individual", LocalDate.of(2026, 11, 20), null, RecordStatus.DRAFT, 1, Map.of(), null)).id();
        }
        for (int round = 0; round < 3; round++) {
            int lastSaved = typeThenKill(recordId, 20 + round * 15);
            try (DeskDatabase db = DeskDatabase.open(new DataFolder(dir), PASSPHRASE)) {
                String text = new RecordBook(db, Clock.systemUTC()).byId(recordId).orElseThrow().text("wellbeing");
                List<String> words = List.of(text.split(" "));
                assertThat(words).as("round %d: every word whose save returned", round)
                        .contains("word" + lastSaved).hasSizeGreaterThanOrEqualTo(lastSaved);
            }
        }
    }

    /** Starts the typist, kills it once it has reported {@code saves} saves, and returns the last it reported. */
    private int typeThenKill(long recordId, int saves) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), DraftTypist.class.getName(), dir.toString(),
                Long.toString(recordId)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    last = Integer.parseInt(line.substring(6));
                    if (last >= saves) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(last).as("the typist saved before it was killed").isGreaterThanOrEqualTo(saves);
        return last;
    }
}
