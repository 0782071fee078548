package uk.supervisiondesk.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.RememberedBackupFolder;

/**
 * When the database is found damaged on start (see {@code DatabaseUnavailableException.isDamaged}),
 * finds the backups to offer instead, newest first, without the passphrase: each backup's own
 * description dates it. Backups that are not whole (cut short) are left out, so the newest that
 * can actually be restored comes first.
 */
public final class DamagedDatabaseRecovery {
    private DamagedDatabaseRecovery() {
    }

    /**
     * @param backupFolder a folder the user points to, or null to look only where backups are kept
     *                     (the remembered backup folder and {@code backups/} in the data folder)
     */
    public static Optional<BackupFile> newestBackup(DataFolder folder, Path backupFolder) {
        return backupsNewestFirst(folder, backupFolder).stream().findFirst();
    }

    public static List<BackupFile> backupsNewestFirst(DataFolder folder, Path backupFolder) {
        Set<Path> places = new LinkedHashSet<>();
        if (backupFolder != null) {
            places.add(backupFolder.toAbsolutePath().normalize());
        }
        RememberedBackupFolder.read(folder).ifPresent(p -> places.add(p.toAbsolutePath().normalize()));
        places.add(folder.defaultBackupFolder());
        List<BackupFile> found = new ArrayList<>();
        for (Path place : places) {
            if (!Files.isDirectory(place)) {
                continue;
            }
            try (Stream<Path> files = Files.list(place)) {
                files.filter(p -> p.getFileName().toString().endsWith(Backups.SUFFIX) && Files.isRegularFile(p))
                        .map(Backups::describe).flatMap(Optional::stream).forEach(found::add);
            } catch (IOException e) {
                // A network folder that cannot be reached offers nothing; the others still count.
            }
        }
        found.sort(Comparator.comparing((BackupFile b) -> b.manifest().createdAt()).reversed());
        return found;
    }
}
