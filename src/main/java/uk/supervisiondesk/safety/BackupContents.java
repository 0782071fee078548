package uk.supervisiondesk.safety;

import java.util.Optional;
import uk.supervisiondesk.store.AuditTrailCheck;

/**
 * What a backup holds, found by opening a copy of it with its passphrase: shown before a restore.
 *
 * @param auditProblem where the backup's audit trail breaks, if it does
 */
public record BackupContents(BackupFile file, int supervisees, int records, int sessions, int auditEntries,
                             Optional<AuditTrailCheck.BrokenLink> auditProblem) {
}
