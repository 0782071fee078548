package uk.supervisiondesk.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.store.DeskDatabase;

/**
 * The backups the app makes by itself: daily while it runs and when it closes, into the folder
 * the settings name, keeping the newest few. The screens call {@link #ifDue} on a timer and
 * {@link #now} on exit or when the user asks for a backup.
 */
public final class AutomaticBackup {
    private final Backups backups;
    private final BackupSchedule schedule;
    private final Clock clock;

    public AutomaticBackup(Backups backups, Clock clock) {
        this.backups = backups;
        this.schedule = new BackupSchedule(clock);
        this.clock = clock;
    }

    /** A backup if a day has passed since the last one; empty otherwise. */
    public Optional<Made> ifDue(DeskDatabase database) throws BackupRefusedException {
        BackupSettings settings = new BackupSettings(database, clock);
        if (!schedule.isDue(settings.lastBackupAt())) {
            return Optional.empty();
        }
        return Optional.of(now(database));
    }

    /** A backup now, into the settings' folder (created if missing), then the oldest beyond the number kept go. */
    public Made now(DeskDatabase database) throws BackupRefusedException {
        BackupSettings settings = new BackupSettings(database, clock);
        Path folder = settings.folder();
        try {
            if (settings.chosenFolder().isEmpty()) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new BackupRefusedException("The backup folder " + folder + " could not be created ("
                    + e.getMessage() + "). Choose a backup folder in Settings.", e);
        }
        BackupFile made = backups.backupToFolder(database, folder);
        settings.recordBackup(made.manifest().createdAt());
        List<Path> removed;
        try {
            removed = backups.rotate(folder, settings.keep());
        } catch (IOException e) {
            // The new backup is safe; older ones are removed next time.
            removed = List.of();
        }
        return new Made(made, removed);
    }

    /** A backup made, and the older ones removed to keep the number set. */
    public record Made(BackupFile backup, List<Path> removed) {
        public Made {
            removed = List.copyOf(removed);
        }
    }
}
