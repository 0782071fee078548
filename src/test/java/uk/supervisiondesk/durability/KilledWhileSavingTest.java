package uk.supervisiondesk.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DatabaseIntegrityCheck;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.RecordSaver;

/**
 * The durability proof: a real process saving people, records and drafts is killed hard (as a
 * crash or a pulled plug would end it) at random moments, again and again. After every kill the
 * database must open, read whole with an intact audit trail, and hold every save the process had
 * reported as returned, across all the kills so far.
 */
class KilledWhileSavingTest {
    private static final int KILLS = Integer.getInteger("durability.kills", 50);
    private static final long SEED = 20261120L;
    /** How many children are started ahead of their turn. */
    private static final int AHEAD = 2;

    @TempDir
    Path dir;

    private final Map<Long, String> people = new HashMap<>();
    private final Set<Long> records = new HashSet<>();
    private final Map<Long, Integer> draftReached = new HashMap<>();
    private final Set<Long> completed = new HashSet<>();
    private int savesReported;
    private int draftsReported;

    @Test
    void everyReturnedSaveSurvivesFiftyHardKills() throws Exception {
        long started = System.nanoTime();
        DataFolder folder = new DataFolder(dir.resolve("data"));
        DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
        ChildJvm jvm = ChildJvm.prepare(dir.resolve("child"));
        Random random = new Random(SEED);
        long rowsReadLast = 0;
        long verifyNanos = 0;
        // Each child is started two turns early, so that its start-up and warm-up overlap earlier turns.
        java.util.ArrayDeque<Saver> waiting = new java.util.ArrayDeque<>();
        for (int k = 1; k <= Math.min(AHEAD, KILLS); k++) {
            waiting.add(Saver.start(jvm, folder.root(), "K" + k));
        }
        long openNanos = 0;
        long warmWaitNanos = 0;
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                Saver saver = waiting.poll();
                // The kill comes at a random moment once saving is under way (start-up is not what is tested).
                long goStart = System.nanoTime();
                saver.go();
                openNanos += System.nanoTime() - goStart - saver.warmWaitNanos;
                warmWaitNanos += saver.warmWaitNanos;
                if (kill + AHEAD <= KILLS) {
                    waiting.add(Saver.start(jvm, folder.root(), "K" + (kill + AHEAD)));
                }
                Thread.sleep(50 + random.nextInt(351));
                List<String> lines = saver.kill();
                lines.forEach(this::expect);
                long verifyStart = System.nanoTime();
                try (DeskDatabase db = DeskDatabase.open(folder, PASSPHRASE)) {
                    rowsReadLast = DatabaseIntegrityCheck.readEveryRow(db).rows();
                    assertThat(AuditTrailCheck.firstBrokenLink(db.dao(AuditDao.class).all()))
                            .as("audit trail after kill %d", kill).isEmpty();
                    checkEverySaveIsThere(db, kill);
                }
                verifyNanos += System.nanoTime() - verifyStart;
            }
        } finally {
            for (Saver left : waiting) {
                left.kill();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Durability: %d hard kills (seed %d, 50-400 ms into saving); %d saves reported as returned, "
                        + "every one found after every later kill (%d people, %d records, %d drafts, %d completed); "
                        + "database read whole with its audit trail intact after each kill (%d rows at the end); "
                        + "%.1f s in all, %.1f s of it waiting for children to warm up, %.1f s children opening the database up to "
                        + "their first save, %.1f s "
                        + "the test reopening and checking (class-data archive and warm-up for the children: %s)%n",
                KILLS, SEED, savesReported, people.size(), records.size(), draftsReported, completed.size(),
                rowsReadLast, seconds, warmWaitNanos / 1e9, openNanos / 1e9, verifyNanos / 1e9, jvm.archive() ? "yes" : "no");
        assertThat(savesReported).as("the children were saving when killed").isGreaterThan(KILLS * 3);
    }

    /** One child process saving into the database, started ahead of its turn. */
    private static final class Saver {
        private final Process process;
        private final List<String> saves = new CopyOnWriteArrayList<>();
        private final List<String> other = new CopyOnWriteArrayList<>();
        private final CountDownLatch warm = new CountDownLatch(1);
        private final CountDownLatch firstSave = new CountDownLatch(1);
        private final Thread reader;
        private long warmWaitNanos;

        private Saver(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "saver-output");
            reader.start();
        }

        static Saver start(ChildJvm jvm, Path folder, String prefix) throws java.io.IOException {
            return new Saver(new ProcessBuilder(jvm.command(folder.toString(), prefix)).redirectErrorStream(true)
                    .start());
        }

        /** Lets the child open the database, and returns once its first save has returned. */
        void go() throws Exception {
            long waitStart = System.nanoTime();
            assertThat(warm.await(60, TimeUnit.SECONDS)).as("the saver started: %s", other).isTrue();
            warmWaitNanos = System.nanoTime() - waitStart;
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            assertThat(firstSave.await(60, TimeUnit.SECONDS)).as("the saver saved: %s", other).isTrue();
        }

        /** Kills the process hard and returns the saves it reported: each line is a save that had returned. */
        List<String> kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            return new ArrayList<>(saves);
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("warm")) {
                        warm.countDown();
                    } else if (line.matches("[SCDK] .+")) {
                        saves.add(line);
                        firstSave.countDown();
                    } else {
                        other.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The pipe closes when the child is killed.
            }
        }

    }

    /**
     * How the children are started. Fifty JVM start-ups dominate this test's time, so the classes
     * the saver needs are put in jars and a class-data archive is made from one rehearsal run
     * (-XX:ArchiveClassesAtExit): each child then maps the classes instead of loading them. If the
     * archive cannot be made, the children start without it, only more slowly.
     */
    private record ChildJvm(List<String> prefix, boolean archive, Path template) {
        private static final java.util.regex.Pattern NEEDED_JAR = java.util.regex.Pattern.compile(
                "(h2|flyway-core|jdbi3-core|jdbi3-sqlobject|geantyref|jackson-[a-z]+|slf4j-api|slf4j-nop)-\\d.*\\.jar");

        List<String> command(String... args) {
            List<String> command = new ArrayList<>(prefix);
            command.add(RecordSaver.class.getName());
            command.addAll(List.of(args));
            if (template != null) {
                command.add(template.toString());
            }
            return command;
        }

        static ChildJvm prepare(Path work) throws Exception {
            java.nio.file.Files.createDirectories(work);
            List<String> classPath = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (java.nio.file.Files.isDirectory(path)) {
                    classPath.add(jar(path, work.resolve("classes-" + n++ + ".jar")).toString());
                } else if (NEEDED_JAR.matcher(path.getFileName().toString()).matches()) {
                    // Only what the saver uses: the screens, PDF and test libraries would only slow each start.
                    classPath.add(entry);
                }
            }
            List<String> base = List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx128m", "-cp",
                    String.join(java.io.File.pathSeparator, classPath));
            Path archive = work.resolve("saver.jsa");
            List<String> rehearsal = new ArrayList<>(base);
            rehearsal.add(1, "-XX:ArchiveClassesAtExit=" + archive);
            rehearsal.addAll(List.of(RecordSaver.class.getName(), "rehearse", work.resolve("rehearsal").toString()));
            Path log = work.resolve("rehearsal.log");
            Process run = new ProcessBuilder(rehearsal).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean archived = run.waitFor(60, TimeUnit.SECONDS) && run.exitValue() == 0
                    && java.nio.file.Files.isRegularFile(archive);
            if (!archived) {
                System.out.println("No class-data archive for the children; the rehearsal said:\n"
                        + java.nio.file.Files.readString(log));
            }
            List<String> prefix = new ArrayList<>(base);
            if (archived) {
                prefix.add(1, "-XX:SharedArchiveFile=" + archive);
            }
            // The rehearsal's database, closed cleanly, is what each child warms up on (a copy of it).
            Path template = work.resolve("rehearsal");
            return new ChildJvm(prefix, archived, archived ? template : null);
        }

        /** The class files and migrations of a class folder as a jar (an archive can only be made from jars). */
        private static Path jar(Path folder, Path jar) throws java.io.IOException {
            try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
                 var files = java.nio.file.Files.walk(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    if (java.nio.file.Files.isDirectory(file)) {
                        // Flyway finds its migrations through the folder's own entry, so folders are kept.
                        if (!name.isEmpty()) {
                            out.putNextEntry(new java.util.zip.ZipEntry(name + "/"));
                            out.closeEntry();
                        }
                    } else if (name.endsWith(".class") || name.startsWith("db/migration/")) {
                        out.putNextEntry(new java.util.zip.ZipEntry(name));
                        java.nio.file.Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
            return jar;
        }
    }

    private void expect(String line) {
        String[] f = line.split(" ");
        savesReported++;
        switch (f[0]) {
            case "S" -> people.put(Long.parseLong(f[2]), f[1]);
            case "C" -> records.add(Long.parseLong(f[1]));
            case "D" -> {
                draftReached.merge(Long.parseLong(f[1]), Integer.parseInt(f[2]), Math::max);
                draftsReported++;
            }
            case "K" -> completed.add(Long.parseLong(f[1]));
            default -> throw new IllegalStateException(line);
        }
    }

    private void checkEverySaveIsThere(DeskDatabase db, int kill) {
        Clock clock = Clock.systemUTC();
        Map<Long, String> stored = new HashMap<>();
        new StaffRegister(db, clock).findAll().forEach(s -> stored.put(s.id(), s.employeeNumber()));
        assertThat(stored).as("people saved before kill %d", kill).containsAllEntriesOf(people);
        RecordBook book = new RecordBook(db, clock);
        Map<Long, SupervisionRecord> storedRecords = new HashMap<>();
        book.ofType("individual").forEach(r -> storedRecords.put(r.id(), r));
        Map<Long, Long> actionsPerRecord = book.allActions().stream()
                .collect(Collectors.groupingBy(ActionItem::recordId, Collectors.counting()));
        for (long id : records) {
            SupervisionRecord r = storedRecords.get(id);
            assertThat(r).as("record %d after kill %d", id, kill).isNotNull();
            int reached = draftReached.getOrDefault(id, 0);
            if (reached > 0) {
                assertThat(Integer.parseInt(r.text("wellbeing").replace("draft ", "")))
                        .as("record %d's draft after kill %d", id, kill).isGreaterThanOrEqualTo(reached);
                assertThat(actionsPerRecord.get(id)).as("record %d's action", id).isEqualTo(1L);
            }
            if (completed.contains(id)) {
                assertThat(r.status()).as("record %d completed before kill %d", id, kill)
                        .isEqualTo(RecordStatus.COMPLETE);
                assertThat(r.sessionId()).as("its session on the monitoring sheet").isNotNull();
            }
        }
    }
}
