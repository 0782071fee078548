package uk.supervisiondesk.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next automatic backup is due while the app runs: a day after the last one (or at once
 * if there has never been one). A backup on exit is made regardless.
 */
public final class BackupSchedule {
    public static final Duration INTERVAL = Duration.ofDays(1);

    private final Clock clock;

    public BackupSchedule(Clock clock) {
        this.clock = clock;
    }

    public Instant nextDue(Optional<Instant> lastBackupAt) {
        return lastBackupAt.map(last -> last.plus(INTERVAL)).orElse(clock.instant());
    }

    public boolean isDue(Optional<Instant> lastBackupAt) {
        // A last backup "in the future" means the clock was wrong then or is now: back up to be safe.
        return lastBackupAt.map(last -> last.isAfter(clock.instant()) || !nextDue(lastBackupAt).isAfter(clock.instant()))
                .orElse(true);
    }

    /** How long until the next backup is due; zero when it is due now. */
    public Duration untilDue(Optional<Instant> lastBackupAt) {
        if (isDue(lastBackupAt)) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), nextDue(lastBackupAt));
    }
}
