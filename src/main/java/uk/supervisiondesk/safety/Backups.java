package uk.supervisiondesk.safety;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.JdbiException;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DatabaseSwitch;
import uk.supervisiondesk.store.DatabaseUnavailableException;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.store.WrongPassphraseException;

/**
 * Backups of the encrypted database, and restoring them.
 *
 * <p>A backup ({@code .sdbackup}) is a zip of three entries: the database file exactly as H2's
 * online {@code BACKUP TO} copies it (still AES-encrypted, and consistent while the app keeps
 * working), the {@code key.properties} needed to derive its keys from its passphrase, and a plain
 * {@link BackupManifest} with no personal data. It is written to a temporary name and moved into
 * place, so a backup folder never holds half a backup under a backup's name. A backup opens with
 * the passphrase in use when it was made.
 *
 * <p>Reading a backup (to show what it holds, or to restore it) checks it whole first: a file cut
 * short, or whose database no longer matches its recorded checksum, is refused in plain words.
 */
public final class Backups {
    public static final String SUFFIX = ".sdbackup";
    static final String AUTOMATIC_PREFIX = "supervision-desk-";
    private static final String KEY_ENTRY = "key.properties";
    private static final String LEFTOVER_PREFIX = ".backup-";
    private static final String UNCHANGED = " The database in use has not been changed.";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

    private final Clock clock;
    private final String appVersion;

    /** @param appVersion recorded in each backup's manifest, e.g. "0.1.0" */
    public Backups(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** Backs up into {@code folder} under a new dated name ({@code supervision-desk-2026-11-20-140533.sdbackup}). */
    public BackupFile backupToFolder(DeskDatabase database, Path folder) throws BackupRefusedException {
        String stamp = NAME_TIME.format(clock.instant().atZone(clock.getZone()));
        Path target = folder.resolve(AUTOMATIC_PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(AUTOMATIC_PREFIX + stamp + "-" + n + SUFFIX);
        }
        return backup(database, target);
    }

    /**
     * Backs the open database up to {@code target}, which must not exist yet. The database stays
     * open and usable throughout; the backup is recorded in the audit trail.
     */
    public BackupFile backup(DeskDatabase database, Path target) throws BackupRefusedException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new BackupRefusedException("There is already a file called " + file + ". A backup never "
                    + "overwrites a file: choose another name.", null);
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new BackupRefusedException("The folder " + file.getParent() + " cannot be found. If it is on a "
                    + "network drive, check you are connected; otherwise choose another folder.", null);
        }
        removeLeftovers(database.folder());
        Path h2Copy = database.folder().root().resolve(LEFTOVER_PREFIX + UUID.randomUUID() + ".zip");
        try {
            Counts counts = database.jdbi().withHandle(h -> {
                Counts c = new Counts(count(h, "supervisee"), count(h, "supervision_record"),
                        count(h, "supervision_session"));
                h.execute("BACKUP TO ?", h2Copy.toString());
                return c;
            });
            String databaseEntry = database.folder().databaseFile().getFileName().toString();
            BackupManifest manifest;
            try (ZipFile h2Zip = new ZipFile(h2Copy.toFile())) {
                ZipEntry copied = h2Zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("the database's own backup holds no database file"));
                String sha256;
                try (InputStream in = h2Zip.getInputStream(copied)) {
                    sha256 = sha256(in, OutputStream.nullOutputStream());
                }
                manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, database.schemaVersion(),
                        clock.instant().truncatedTo(ChronoUnit.SECONDS), counts.supervisees, counts.records,
                        counts.sessions, sha256);
                byte[] keyFile = Files.readAllBytes(database.folder().keyParametersFile());
                AtomicFiles.write(file, out -> {
                    ZipOutputStream zip = new ZipOutputStream(out);
                    // The database is encrypted, so it does not compress; the fastest setting saves the time.
                    zip.setLevel(Deflater.BEST_SPEED);
                    zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                    zip.write(manifest.toBytes());
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(databaseEntry));
                    try (InputStream in = h2Zip.getInputStream(copied)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(KEY_ENTRY));
                    zip.write(keyFile);
                    zip.closeEntry();
                    zip.finish();
                });
            }
            database.dao(AuditDao.class).append(new AuditEvent(AuditAction.BACKUP, "database", null, null,
                    "backup written: " + file.getFileName()), clock);
            return new BackupFile(file, Files.size(file), manifest);
        } catch (IOException | JdbiException e) {
            throw new BackupRefusedException("The backup could not be written to " + file + " (" + message(e)
                    + "). Check the folder can be reached and has free space, then try again. The database "
                    + "itself is unchanged.", e);
        } finally {
            try {
                Files.deleteIfExists(h2Copy);
            } catch (IOException e) {
                // An encrypted leftover in the data folder; the next backup removes it.
            }
        }
    }

    /**
     * Keeps the newest {@code keep} automatic backups in {@code folder} and deletes older ones.
     * Only files named as automatic backups are touched: a backup the user named is never deleted.
     *
     * @return the files deleted
     */
    public List<Path> rotate(Path folder, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one backup must be kept");
        }
        List<Path> automatic;
        try (Stream<Path> files = Files.list(folder)) {
            automatic = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(AUTOMATIC_PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(Backups::madeAt).reversed()).toList();
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }

    /** H2's own copy from a backup that a crash interrupted: encrypted, and of no further use. */
    private static void removeLeftovers(DataFolder folder) {
        try (Stream<Path> files = Files.list(folder.root())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(LEFTOVER_PREFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Tried again with the next backup.
        }
    }

    private static Instant madeAt(Path backup) {
        return describe(backup).map(b -> b.manifest().createdAt()).orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(backup).toInstant();
            } catch (IOException e) {
                return Instant.EPOCH;
            }
        });
    }

    /** A backup's own description, read without its passphrase; empty if the file is not a whole backup. */
    public static Optional<BackupFile> describe(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry manifest = zip.getEntry(BackupManifest.ENTRY);
            if (manifest == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                return Optional.of(new BackupFile(backup.toAbsolutePath().normalize(), Files.size(backup),
                        BackupManifest.read(in.readAllBytes())));
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens a copy of the backup in a temporary folder with its passphrase and says what it holds.
     * The copy stays encrypted on disk and is deleted before this returns.
     *
     * @throws WrongPassphraseException the passphrase does not open this backup
     */
    public BackupContents inspect(Path backup, char[] passphrase) throws BackupRefusedException,
            WrongPassphraseException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("supervision-desk-inspect-");
        } catch (IOException e) {
            throw new BackupRefusedException("There is no room to open the backup (" + e.getMessage()
                    + "). Free some disk space and try again.", e);
        }
        try {
            DataFolder copy = new DataFolder(scratch);
            BackupFile file = extractVerified(backup, copy);
            try (DeskDatabase db = openBackup(copy, passphrase)) {
                return contents(db, file);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Replaces the database in {@code folder} (which must be closed) with the backup's, after
     * checking the backup whole and opening it with {@code passphrase}. The database it replaces is
     * kept in {@code replaced-<date-time>/} in the data folder, never deleted. A crash part-way
     * leaves either the old database or the restored one in place (see {@link DatabaseSwitch}).
     *
     * @throws WrongPassphraseException the passphrase does not open this backup; nothing changed
     */
    public RestoreResult restore(DataFolder folder, Path backup, char[] passphrase)
            throws BackupRefusedException, WrongPassphraseException {
        DatabaseSwitch.Staging staging;
        try {
            DatabaseSwitch.settle(folder);
            DatabaseSwitch.requireClosed(folder, "restore the backup");
            folder.ensureExists();
            staging = DatabaseSwitch.begin(folder, "restore");
        } catch (DatabaseUnavailableException e) {
            throw new BackupRefusedException(e.getMessage() + UNCHANGED, e);
        } catch (IOException e) {
            throw new BackupRefusedException("The data folder " + folder + " cannot be written to (" + e.getMessage()
                    + "). Check there is free space." + UNCHANGED, e);
        }
        boolean switched = false;
        try {
            BackupFile file = extractVerified(backup, staging.folder());
            Path kept = folder.hasDatabase() ? replacedFolder(folder) : null;
            BackupContents contents;
            try (DeskDatabase db = openBackup(staging.folder(), passphrase)) {
                contents = contents(db, file);
                db.dao(AuditDao.class).append(new AuditEvent(AuditAction.RESTORE, "database", null, null,
                        "restored from a backup made " + file.manifest().createdAt()
                                + (kept == null ? "" : "; the database it replaced is kept in " + kept.getFileName())),
                        clock);
            }
            if (kept != null) {
                staging.keepLiveCopyIn(kept);
            }
            staging.commit();
            switched = true;
            return new RestoreResult(contents, Optional.ofNullable(kept));
        } catch (BackupRefusedException e) {
            throw new BackupRefusedException(e.getMessage() + UNCHANGED, e.getCause());
        } catch (IOException e) {
            throw new BackupRefusedException("The backup could not be put in place (" + e.getMessage() + "). Check "
                    + "there is free space in " + folder + "." + UNCHANGED, e);
        } catch (DatabaseUnavailableException e) {
            throw new BackupRefusedException("The backup could not be put in place: " + e.getMessage(), e);
        } finally {
            if (!switched) {
                staging.abandon();
            }
        }
    }

    private Path replacedFolder(DataFolder folder) {
        String stamp = FOLDER_TIME.format(clock.instant().atZone(clock.getZone()));
        Path kept = folder.root().resolve("replaced-" + stamp);
        for (int n = 2; Files.exists(kept); n++) {
            kept = folder.root().resolve("replaced-" + stamp + "-" + n);
        }
        return kept;
    }

    private static DeskDatabase openBackup(DataFolder copy, char[] passphrase) throws BackupRefusedException,
            WrongPassphraseException {
        try {
            return DeskDatabase.open(copy, passphrase);
        } catch (DatabaseUnavailableException e) {
            if (e.isDamaged()) {
                throw new BackupRefusedException("This backup file is damaged: its database does not read whole. "
                        + "Choose another backup.", e);
            }
            throw new BackupRefusedException("This backup could not be opened. " + e.getMessage(), e);
        }
    }

    private static BackupContents contents(DeskDatabase db, BackupFile file) {
        Clock any = Clock.systemUTC();
        List<AuditEntryRow> trail = db.dao(AuditDao.class).all();
        return new BackupContents(file, new StaffRegister(db, any).count(), new RecordBook(db, any).count(),
                new SessionLog(db, any).count(), trail.size(), AuditTrailCheck.firstBrokenLink(trail));
    }

    /** Checks the backup whole and writes its database and key file into {@code into}. */
    private static BackupFile extractVerified(Path backup, DataFolder into) throws BackupRefusedException {
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("There is no backup file at " + file + ". Check the name and folder.",
                    null);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw incomplete(file, e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup file " + file + " could not be read (" + e.getMessage()
                    + "). Check you may read it, or choose another backup.", e);
        }
        try (zip) {
            ZipEntry manifestEntry = zip.getEntry(BackupManifest.ENTRY);
            ZipEntry databaseEntry = zip.getEntry(into.databaseFile().getFileName().toString());
            ZipEntry keyEntry = zip.getEntry(KEY_ENTRY);
            if (manifestEntry == null || databaseEntry == null || keyEntry == null) {
                throw new BackupRefusedException(file.getFileName() + " is not a Supervision Desk backup: it lacks "
                        + "the database, its key file or its description. Choose a file ending in " + SUFFIX + ".",
                        null);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = BackupManifest.read(in.readAllBytes());
            } catch (IllegalArgumentException e) {
                throw damaged(file, "its description does not read", e);
            }
            if (manifest.format() > BackupManifest.FORMAT) {
                throw new BackupRefusedException("This backup was made by a newer version of Supervision Desk ("
                        + manifest.appVersion() + "). Install that version or a later one to open it.", null);
            }
            into.ensureExists();
            String sha256;
            try (InputStream in = zip.getInputStream(databaseEntry);
                 OutputStream out = Files.newOutputStream(into.databaseFile())) {
                sha256 = sha256(in, out);
            }
            if (!sha256.equals(manifest.databaseSha256())) {
                throw damaged(file, "its database does not match the checksum recorded when it was made", null);
            }
            try (InputStream in = zip.getInputStream(keyEntry)) {
                Files.write(into.keyParametersFile(), in.readAllBytes());
            }
            return new BackupFile(file, Files.size(file), manifest);
        } catch (ZipException | EOFException e) {
            throw damaged(file, "part of it does not read", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup file " + file + " could not be read (" + e.getMessage()
                    + "). Check there is free space and try again, or choose another backup.", e);
        }
    }

    private static BackupRefusedException incomplete(Path file, Exception cause) {
        return new BackupRefusedException("This backup file is incomplete: " + file.getFileName() + " ends before "
                + "its last part, so it was probably cut short while being copied or when a disk filled up. "
                + "Choose another backup (the one before it is usually fine).", cause);
    }

    private static BackupRefusedException damaged(Path file, String how, Exception cause) {
        return new BackupRefusedException("This backup file is damaged: " + how + " (" + file.getFileName()
                + "). Choose another backup.", cause);
    }

    private static String sha256(InputStream in, OutputStream copyTo) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                copyTo.write(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static int count(org.jdbi.v3.core.Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one();
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only encrypted copies are ever put here; the system's temporary-file clean-up takes any leftover.
        }
    }

    private record Counts(int supervisees, int records, int sessions) {
    }
}
