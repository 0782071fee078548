package uk.supervisiondesk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What can happen to a record, as the audit trail records it. {@code REFUSED} is an attempt the
 * app turned down, e.g. a passphrase change with the wrong current passphrase.
 */
public enum AuditAction {
    CREATE, CHANGE, SIGN, EXPORT, PRINT, DELETE, UNLOCK, FAILED_UNLOCK, BACKUP, RESTORE, REFUSED;

    /** The stable name stored with each entry, e.g. "failed-unlock". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditAction> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }
}
