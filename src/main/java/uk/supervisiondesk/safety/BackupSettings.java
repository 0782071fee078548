package uk.supervisiondesk.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RememberedBackupFolder;
import uk.supervisiondesk.store.SettingsDao;

/**
 * Where automatic backups go, how many are kept, and when the last one was made. Kept in the
 * database's settings (so they travel with it); the folder is also remembered in a plain file in
 * the data folder so the backups can be found when the database itself is damaged.
 */
public final class BackupSettings {
    static final String FOLDER = "backup.folder";
    static final String KEEP = "backup.keep";
    static final String LAST_AT = "backup.lastAt";
    public static final int DEFAULT_KEEP = 14;
    public static final int MOST_KEPT = 365;

    private final DeskDatabase database;
    private final Clock clock;

    public BackupSettings(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The chosen folder, or {@code backups/} in the data folder until one is chosen. */
    public Path folder() {
        return chosenFolder().orElse(database.folder().defaultBackupFolder());
    }

    public Optional<Path> chosenFolder() {
        return settings().get(FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** @throws IOException the plain copy of the choice could not be written to the data folder */
    public void chooseFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        database.jdbi().useTransaction(h -> {
            h.attach(SettingsDao.class).put(FOLDER, absolute.toString());
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "settings", null, null,
                    "backup folder chosen"), clock);
        });
        RememberedBackupFolder.write(database.folder(), absolute);
    }

    public int keep() {
        return settings().get(KEEP).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return DEFAULT_KEEP;
            }
        }).filter(n -> n >= 1 && n <= MOST_KEPT).orElse(DEFAULT_KEEP);
    }

    /** @throws IllegalArgumentException unless 1 to {@value #MOST_KEPT} */
    public void keep(int backups) {
        if (backups < 1 || backups > MOST_KEPT) {
            throw new IllegalArgumentException("Keep between 1 and " + MOST_KEPT + " backups.");
        }
        database.jdbi().useTransaction(h -> {
            h.attach(SettingsDao.class).put(KEEP, Integer.toString(backups));
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "settings", null, null,
                    "backups kept: " + backups), clock);
        });
    }

    public Optional<Instant> lastBackupAt() {
        return settings().get(LAST_AT).flatMap(value -> {
            try {
                return Optional.of(Instant.parse(value.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    void recordBackup(Instant at) {
        settings().put(LAST_AT, at.toString());
    }

    private SettingsDao settings() {
        return database.dao(SettingsDao.class);
    }
}
