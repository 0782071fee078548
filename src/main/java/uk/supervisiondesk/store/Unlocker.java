package uk.supervisiondesk.store;

import java.time.Clock;
import java.time.Duration;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;

/**
 * Opens the database with a passphrase, counting failures so that repeated guesses must wait
 * (see {@link UnlockThrottle}). A wrong passphrase changes nothing in the database.
 */
public final class Unlocker {
    private final DataFolder folder;
    private final UnlockThrottle throttle;
    private final Clock clock;
    private final String accessedThrough;

    /** @param accessedThrough recorded in the audit trail, e.g. "desktop app" or "command line: demo" */
    public Unlocker(DataFolder folder, Clock clock, String accessedThrough) {
        this.folder = folder;
        this.clock = clock;
        this.throttle = new UnlockThrottle(folder, clock);
        this.accessedThrough = accessedThrough;
    }

    /** What an unlock attempt came to. */
    public sealed interface Outcome {
    }

    public record Opened(DeskDatabase database) implements Outcome {
    }

    /** The passphrase was wrong; {@code retryAfter} is how long before the next try is accepted. */
    public record WrongPassphrase(int failures, Duration retryAfter) implements Outcome {
    }

    /** Too many recent failures: the attempt was not even tried. */
    public record MustWait(Duration retryAfter) implements Outcome {
    }

    public Duration remainingWait() {
        return throttle.remainingWait();
    }

    public Outcome unlock(char[] passphrase) throws DatabaseUnavailableException {
        Duration wait = throttle.remainingWait();
        if (!wait.isZero()) {
            return new MustWait(wait);
        }
        try {
            DeskDatabase db = DeskDatabase.open(folder, passphrase);
            recordInAuditTrail(db);
            throttle.recordSuccess();
            return new Opened(db);
        } catch (WrongPassphraseException e) {
            throttle.recordFailure();
            return new WrongPassphrase(throttle.failures(), throttle.remainingWait());
        }
    }

    /** Failed attempts cannot be written while the database is locked, so they are added on the next unlock. */
    private void recordInAuditTrail(DeskDatabase db) {
        int failures = throttle.failures();
        db.jdbi().useTransaction(h -> {
            AuditDao audit = h.attach(AuditDao.class);
            if (failures > 0) {
                audit.append(new AuditEvent(AuditAction.FAILED_UNLOCK, "database", null, null,
                        failures + " wrong passphrase(s) since the last unlock, the last at "
                                + throttle.lastFailure()), clock);
            }
            audit.append(new AuditEvent(AuditAction.UNLOCK, "database", null, null, accessedThrough), clock);
        });
    }
}
