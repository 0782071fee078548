package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockerTest {
    @TempDir
    Path dir;
    private DataFolder folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void createDatabase() throws Exception {
        folder = new DataFolder(dir);
        DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, null).close();
    }

    @Test
    void theRightPassphraseOpensTheDatabase() throws Exception {
        Unlocker.Outcome outcome = new Unlocker(folder, clock, "test").unlock(PASSPHRASE);
        assertThat(outcome).isInstanceOf(Unlocker.Opened.class);
        ((Unlocker.Opened) outcome).database().close();
    }

    @Test
    void repeatedFailuresMakeTheUserWaitLongerEachTimeEvenAfterARestart() throws Exception {
        char[] wrong = "this is not it at all".toCharArray();
        for (int i = 1; i <= 2; i++) {
            assertThat(new Unlocker(folder, clock, "test").unlock(wrong))
                    .isEqualTo(new Unlocker.WrongPassphrase(i, Duration.ZERO));
        }
        assertThat(new Unlocker(folder, clock, "test").unlock(wrong))
                .isEqualTo(new Unlocker.WrongPassphrase(3, Duration.ofSeconds(5)));

        // Even the right passphrase is not tried during the wait (a fresh Unlocker: as after a restart).
        assertThat(new Unlocker(folder, clock, "test").unlock(PASSPHRASE)).isInstanceOf(Unlocker.MustWait.class);

        clock.advance(Duration.ofSeconds(5));
        assertThat(new Unlocker(folder, clock, "test").unlock(wrong))
                .isEqualTo(new Unlocker.WrongPassphrase(4, Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        Unlocker.Outcome opened = new Unlocker(folder, clock, "test").unlock(PASSPHRASE);
        assertThat(opened).isInstanceOf(Unlocker.Opened.class);
        ((Unlocker.Opened) opened).database().close();

        assertThat(new UnlockThrottle(folder, clock).failures()).isZero();
    }

    @Test
    void theWaitNeverExceedsAMinute() throws Exception {
        char[] wrong = "this is not it at all".toCharArray();
        Unlocker.Outcome last = null;
        for (int i = 0; i < 12; i++) {
            last = new Unlocker(folder, clock, "test").unlock(wrong);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(((Unlocker.WrongPassphrase) last).retryAfter()).isEqualTo(Duration.ofSeconds(60));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
