package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A plain copy, beside the database, of where backups are kept. The setting itself lives in the
 * database so it travels with it, but when the database is damaged it cannot be read, and that is
 * exactly when the backups must be found. A folder path is not personal data about supervisees.
 */
public final class RememberedBackupFolder {
    private RememberedBackupFolder() {
    }

    public static Optional<Path> read(DataFolder folder) {
        try {
            if (!Files.isRegularFile(folder.backupLocationFile())) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(folder.backupLocationFile(), StandardCharsets.UTF_8)));
            String path = p.getProperty("folder", "").strip();
            return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void write(DataFolder folder, Path backupFolder) throws IOException {
        Properties p = new Properties();
        p.setProperty("folder", backupFolder.toAbsolutePath().normalize().toString());
        StringWriter out = new StringWriter();
        p.store(out, "Supervision Desk: where backups are kept, so they can be found if the database is damaged");
        AtomicFiles.write(folder.backupLocationFile(), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
