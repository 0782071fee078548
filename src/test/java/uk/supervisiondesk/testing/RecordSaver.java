package uk.supervisiondesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Run in a child JVM by the durability test: saves people, records and drafts in a loop, as the
 * app does, and prints a line for each save once it has returned, until it is killed.
 *
 * <pre>
 * warm                       code warmed up; waiting for a line on standard input to open the database
 * ready                      the database is open; saving starts
 * S employeeNumber id        StaffRegister.save returned
 * C recordId                 RecordBook.create returned
 * D recordId n               RecordBook.saveDraft returned with the text "draft n"
 * K recordId n               RecordBook.complete returned, the text being "draft n"
 * </pre>
 */
public final class RecordSaver {
    private RecordSaver() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("rehearse")) {
            rehearse(Path.of(args[1]));
            return;
        }
        Path folder = Path.of(args[0]);
        String prefix = args[1];
        // Started ahead of its turn: warm up on a database of its own, then wait to be told to open
        // the one under test. Without this, a cold start spends most of its turn opening and
        // compiling, and the kill would nearly always land before any save had begun.
        warmUp(args.length > 2 ? Path.of(args[2]) : null);
        say("warm");
        if (new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine() == null) {
            return;
        }
        DeskDatabase db = DeskDatabase.open(new DataFolder(folder), TestData.PASSPHRASE);
        say("ready");
        saveRounds(db, prefix, Integer.MAX_VALUE, true);
    }

    /**
     * One round of everything the saver does, on a database of its own, ending normally: run once
     * with -XX:ArchiveClassesAtExit so that the killed children start from a class-data archive.
     */
    private static void rehearse(Path folder) throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(folder), TestData.PASSPHRASE,
                TestData.TEST_KEY_ITERATIONS, null)) {
            saveRounds(db, "rehearsal", 2, false);
        }
        try (DeskDatabase db = DeskDatabase.open(new DataFolder(folder), TestData.PASSPHRASE)) {
            saveRounds(db, "again", 1, false);
        }
    }

    private static void saveRounds(DeskDatabase db, String prefix, int rounds, boolean report) {
        Clock clock = Clock.systemUTC();
        StaffRegister staff = new StaffRegister(db, clock);
        RecordBook book = new RecordBook(db, clock);
        for (int n = 1; n <= rounds; n++) {
            String number = prefix + "-" + n;
            Supervisee s = staff.save(TestData.socialWorker(number, "Kim", "Saver " + number, LocalDate.of(2025, 1, 6)));
            report(report, "S " + number + " " + s.id());
            SupervisionRecord record = book.create(new SupervisionRecord(null, s.id(), "individual", "individual",
                    LocalDate.of(2026, 11, 20), null, RecordStatus.DRAFT, 1, Map.of(), null));
            report(report, "C " + record.id());
            for (int draft = 1; draft <= 3; draft++) {
                record = book.saveDraft(record.withValues(Map.of("wellbeing", "draft " + draft), null), List.of(
                        ActionItem.open(s.id(), record.id(), "Action " + draft, "Kim", LocalDate.of(2026, 12, 1))));
                report(report, "D " + record.id() + " " + draft);
            }
            book.complete(record, book.actionsOf(record.id()), List.of(), new SessionEntry(null, s.id(),
                    SupervisionSession.held(LocalDate.of(2026, 11, 20), SessionKind.INDIVIDUAL)));
            report(report, "K " + record.id() + " 3");
        }
    }

    /**
     * Runs the whole open-and-save path once on a copy of the rehearsal's database, so that the
     * code is loaded and compiled before the turn starts. Only classes are loaded if there is no
     * rehearsal database.
     */
    private static void warmUp(Path template) throws Exception {
        if (template == null || !Files.isDirectory(template)) {
            for (String name : List.of("org.h2.Driver", "org.flywaydb.core.Flyway", "org.jdbi.v3.core.Jdbi",
                    "uk.supervisiondesk.store.DeskDatabase", "uk.supervisiondesk.store.RecordBook")) {
                Class.forName(name);
            }
            return;
        }
        Path copy = Files.createTempDirectory(template.getParent(), "warm-");
        try (var files = Files.walk(template)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Left open: the process ends by being killed, and the copy is in the test's temporary folder.
        DeskDatabase db = DeskDatabase.open(new DataFolder(copy), TestData.PASSPHRASE);
        saveRounds(db, "warm", 1, false);
    }

    private static void report(boolean report, String line) {
        if (report) {
            say(line);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
