package uk.supervisiondesk.store;

import java.time.Clock;
import java.time.Duration;

/**
 * Opens the database with a passphrase, counting failures so that repeated guesses must wait
 * (see {@link UnlockThrottle}). A wrong passphrase changes nothing in the database.
 */
public final class Unlocker {
    private final DataFolder folder;
    private final UnlockThrottle throttle;

    public Unlocker(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.throttle = new UnlockThrottle(folder, clock);
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
            throttle.recordSuccess();
            return new Opened(db);
        } catch (WrongPassphraseException e) {
            throttle.recordFailure();
            return new WrongPassphrase(throttle.failures(), throttle.remainingWait());
        }
    }
}
