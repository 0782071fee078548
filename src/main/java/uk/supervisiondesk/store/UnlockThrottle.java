package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Slows down guessing: after a few wrong passphrases each further attempt has to wait,
 * twice as long each time up to a minute. Kept in a file so restarting the app does not reset it.
 */
public final class UnlockThrottle {
    static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final DataFolder folder;
    private final Clock clock;

    public UnlockThrottle(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** How long the user must still wait before the next attempt; zero when they may try now. */
    public Duration remainingWait() {
        State state = read();
        if (state.failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(state.failures - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(clock.instant(), state.lastFailure.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public int failures() {
        return read().failures;
    }

    /** When the last wrong passphrase was typed. */
    Instant lastFailure() {
        return read().lastFailure;
    }

    void recordFailure() {
        write(new State(read().failures + 1, clock.instant()));
    }

    void recordSuccess() {
        try {
            Files.deleteIfExists(folder.unlockAttemptsFile());
        } catch (IOException e) {
            // A stale count only slows the next wrong attempt; it never blocks a right one.
        }
    }

    private State read() {
        try {
            if (!Files.isRegularFile(folder.unlockAttemptsFile())) {
                return new State(0, Instant.EPOCH);
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(folder.unlockAttemptsFile(), StandardCharsets.UTF_8)));
            return new State(Integer.parseInt(p.getProperty("failures", "0")),
                    Instant.ofEpochMilli(Long.parseLong(p.getProperty("lastFailure", "0"))));
        } catch (IOException | NumberFormatException e) {
            return new State(0, Instant.EPOCH);
        }
    }

    private void write(State state) {
        Properties p = new Properties();
        p.setProperty("failures", Integer.toString(state.failures));
        p.setProperty("lastFailure", Long.toString(state.lastFailure.toEpochMilli()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Failed unlock attempts");
            AtomicFiles.write(folder.unlockAttemptsFile(), out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // If the folder is read-only the throttle cannot persist; the unlock itself still fails safely.
        }
    }

    private record State(int failures, Instant lastFailure) {
    }
}
