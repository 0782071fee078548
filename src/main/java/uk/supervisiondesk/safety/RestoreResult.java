package uk.supervisiondesk.safety;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished restore.
 *
 * @param replacedKeptIn where the database it replaced was kept; empty when there was none
 */
public record RestoreResult(BackupContents restored, Optional<Path> replacedKeptIn) {
}
