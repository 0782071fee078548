package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Replaces the database's files (the database, its key file and its state file) with a complete
 * set prepared beside them, so that a crash at any moment leaves one whole set in use: the old
 * one or the new one, never a mixture. Used by a passphrase change and by a restore (see
 * docs/decisions/0009-passphrase-change.md).
 *
 * <p>The new set is prepared in {@code .staged/} and checked; only then is a journal
 * ({@code database-switch.properties}) written, naming each file and its SHA-256. From that moment
 * the switch is decided: the files are moved over the old ones one by one, the database first, and
 * the journal is deleted last. {@link #settle} runs before every open and create: with no journal it
 * throws away any half-prepared set; with a journal it finishes the moves, or, if the staged set is
 * no longer what the journal describes and nothing has been moved yet, abandons the switch.
 */
public final class DatabaseSwitch {
    /** In the order they are moved: the database first, so that "is it still staged?" tells whether any moved. */
    static final List<String> FILES = List.of(DataFolder.DATABASE_NAME + ".mv.db", "key.properties",
            "store-state.properties");

    private DatabaseSwitch() {
    }

    /**
     * Starts preparing a replacement: clears any earlier staging and returns the empty staging
     * folder, to be filled, checked and then {@link Staging#commit() committed} or
     * {@link Staging#abandon() abandoned}.
     */
    public static Staging begin(DataFolder live, String reason) throws IOException {
        if (Files.exists(live.switchJournalFile())) {
            throw new IOException("An earlier switch of the database is unfinished; open the database once to finish it.");
        }
        deleteTree(live.stagingFolder());
        Files.createDirectories(live.stagingFolder());
        return new Staging(live, reason);
    }

    /**
     * Refuses to go on while the database is open here or in another program: a copy taken while
     * it is still written to would lose what is written after.
     *
     * @param toDo what the caller is about to do, e.g. "change the passphrase"
     */
    public static void requireClosed(DataFolder live, String toDo) throws DatabaseUnavailableException {
        if (!live.hasDatabase()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(live.databaseFile(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw stillOpen(toDo);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw stillOpen(toDo);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot write to the database file " + live.databaseFile() + " ("
                    + e.getMessage() + "). Check you may write to the data folder.", e);
        }
    }

    private static DatabaseUnavailableException stillOpen(String toDo) {
        return new DatabaseUnavailableException("The database is still open. Close it (lock the app) first, then "
                + toDo + ".", null);
    }

    /** Whether a decided switch is waiting to be finished (the next open will finish it). */
    public static boolean pending(DataFolder live) {
        return Files.exists(live.switchJournalFile());
    }

    /**
     * Finishes a decided switch or throws away an undecided one. Safe to call at any time the
     * database is closed, and as often as wanted.
     */
    public static void settle(DataFolder live) throws DatabaseUnavailableException {
        try {
            if (!Files.exists(live.switchJournalFile())) {
                deleteTree(live.stagingFolder());
                return;
            }
            Properties journal = readJournal(live);
            Path staging = live.stagingFolder();
            if (journal == null) {
                if (Files.exists(staging.resolve(FILES.get(0)))) {
                    abandon(live);
                    return;
                }
                throw DatabaseUnavailableException.damaged("A passphrase change or restore was interrupted and its "
                        + "record (" + live.switchJournalFile().getFileName() + ") cannot be read, so it could not be "
                        + "finished. Restore the newest backup.", null);
            }
            List<String> files = List.of(journal.getProperty("files", "").split(","));
            boolean nothingMovedYet = Files.exists(staging.resolve(FILES.get(0)));
            if (nothingMovedYet && !stagedAsRecorded(staging, files, journal)) {
                abandon(live);
                return;
            }
            for (String name : files) {
                Path staged = staging.resolve(name);
                if (Files.exists(staged)) {
                    if (!nothingMovedYet && !sha256(staged).equals(journal.getProperty("sha256." + name))) {
                        throw DatabaseUnavailableException.damaged("A passphrase change or restore was interrupted "
                                + "and its file " + name + " has been damaged since, so it could not be finished. "
                                + "Restore the newest backup.", null);
                    }
                    moveReplacing(staged, live.root().resolve(name));
                }
            }
            Files.delete(live.switchJournalFile());
            deleteTree(staging);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("A passphrase change or restore could not be finished ("
                    + e.getMessage() + "). Check there is free space and you may write to " + live
                    + ", then open it again: nothing has been lost.", e);
        }
    }

    private static boolean stagedAsRecorded(Path staging, List<String> files, Properties journal) throws IOException {
        for (String name : files) {
            Path staged = staging.resolve(name);
            if (!Files.isRegularFile(staged) || !sha256(staged).equals(journal.getProperty("sha256." + name))) {
                return false;
            }
        }
        return true;
    }

    private static void abandon(DataFolder live) throws IOException {
        deleteTree(live.stagingFolder());
        Files.deleteIfExists(live.switchJournalFile());
    }

    private static Properties readJournal(DataFolder live) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(live.switchJournalFile(), StandardCharsets.UTF_8)));
            return p.getProperty("files") == null ? null : p;
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A replacement set being prepared in the staging folder. */
    public static final class Staging {
        private final DataFolder live;
        private final String reason;

        private Staging(DataFolder live, String reason) {
            this.live = live;
            this.reason = reason;
        }

        /** The staging folder as a data folder of its own, so the staged database can be opened and checked. */
        public DataFolder folder() {
            return new DataFolder(live.stagingFolder());
        }

        /**
         * Copies the live set (database, key file, state file) into {@code keep}, forced to disk:
         * a restore keeps what it replaces. The copy is a data folder of its own, openable with the
         * passphrase it had.
         */
        public void keepLiveCopyIn(Path keep) throws IOException {
            Files.createDirectories(keep);
            for (String name : FILES) {
                Path source = live.root().resolve(name);
                if (Files.exists(source)) {
                    Path copy = keep.resolve(name);
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    forceToDisk(copy);
                }
            }
        }

        /** Puts a copy of one of the live files into the staging folder. */
        void copyFromLive(String name) throws IOException {
            Path source = live.root().resolve(name);
            if (Files.exists(source)) {
                Files.copy(source, live.stagingFolder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /**
         * Decides the switch and carries it out. The staged database and key file must be in place
         * and checked; after this returns the live folder holds them.
         */
        public void commit() throws DatabaseUnavailableException, IOException {
            writeJournal();
            settle(live);
        }

        /** The point of no return: the staged files are forced to disk and recorded with their hashes. */
        void writeJournal() throws IOException {
            Path staging = live.stagingFolder();
            List<String> present = new ArrayList<>();
            Properties journal = new Properties();
            for (String name : FILES) {
                Path staged = staging.resolve(name);
                if (Files.isRegularFile(staged)) {
                    forceToDisk(staged);
                    journal.setProperty("sha256." + name, sha256(staged));
                    present.add(name);
                }
            }
            if (!present.contains(FILES.get(0)) || !present.contains(FILES.get(1))) {
                throw new IOException("the staged database or its key file is missing");
            }
            journal.setProperty("reason", reason);
            journal.setProperty("files", String.join(",", present));
            StringWriter out = new StringWriter();
            journal.store(out, "Supervision Desk: staged files replacing the database (no personal data)");
            AtomicFiles.write(live.switchJournalFile(), out.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Throws the staged files away; the live database is untouched. */
        public void abandon() {
            try {
                if (!pending(live)) {
                    deleteTree(live.stagingFolder());
                }
            } catch (IOException e) {
                // Left-over staging is removed by the next settle.
            }
        }
    }
}
