package uk.supervisiondesk.importing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** A real encrypted database for import tests, on a fixed day so dates in fixtures stay past or future. */
final class ImportDatabase implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneId.of("Europe/London"));

    final DeskDatabase db;
    final TrackerImport tracker;
    final StaffRegister register;
    final SessionLog sessions;
    private final Path folder;

    ImportDatabase(Path folder) throws Exception {
        this.folder = folder;
        db = DeskDatabase.create(new DataFolder(folder.resolve("data")), TestData.PASSPHRASE,
                TestData.TEST_KEY_ITERATIONS, null);
        tracker = new TrackerImport(db, CLOCK);
        register = new StaffRegister(db, CLOCK);
        sessions = new SessionLog(db, CLOCK);
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportDatabase.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a CSV file in the test folder; lines are joined with CRLF as Excel does. */
    Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    ImportResult importStaff(Path file) throws IOException, ImportRejectedException {
        return tracker.importFile(ImportKind.STAFF, file);
    }

    ImportResult importSessions(Path file) throws IOException, ImportRejectedException {
        return tracker.importFile(ImportKind.SESSIONS, file);
    }

    int auditEntries() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Integer.class).one());
    }

    List<Supervisee> staff() {
        return register.findAll();
    }

    Supervisee staff(String employeeNumber) {
        return staff().stream().filter(s -> s.employeeNumber().equals(employeeNumber)).findFirst().orElseThrow();
    }

    List<SessionEntry> sessionsOf(String employeeNumber) {
        return sessions.forSupervisee(staff(employeeNumber).id());
    }

    Map<Long, List<SessionEntry>> allSessions() {
        return sessions.bySupervisee();
    }

    @Override
    public void close() {
        db.close();
    }
}
