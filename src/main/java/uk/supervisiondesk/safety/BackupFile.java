package uk.supervisiondesk.safety;

import java.nio.file.Path;

/** A backup on disk, as its own manifest describes it (read without the passphrase). */
public record BackupFile(Path path, long sizeBytes, BackupManifest manifest) {
}
