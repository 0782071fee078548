package uk.supervisiondesk.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Sleep is seen as the wall clock running ahead of the monotonic clock between two ticks. */
@ExtendWith(ApplicationExtension.class)
class IdleWatchTest {

    /** A wall clock the test moves by hand, as waking from sleep moves the real one. */
    private static final class WallClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aJumpOfTheWallClockLocksAtOnceWhileAnOrdinaryTickDoesNot(FxRobot robot) {
        WallClock wall = new WallClock();
        AtomicInteger locks = new AtomicInteger();
        robot.interact(() -> {
            IdleWatch watch = new IdleWatch(new Scene(new Pane()), wall, locks::incrementAndGet);
            watch.start(Duration.ofHours(1));
            wall.now = wall.now.plusMillis(200);
            watch.check();
            assertThat(locks.get()).as("an ordinary tick, well within the idle time").isZero();
            assertThat(watch.running()).isTrue();

            wall.now = wall.now.plus(Duration.ofMinutes(45)); // the lid was closed for 45 minutes
            watch.check();
            assertThat(locks.get()).as("waking from sleep").isEqualTo(1);
            assertThat(watch.running()).as("stopped until the next unlock").isFalse();
        });
    }

    @Test
    void theIdleTimeRunsOutWithoutInput(FxRobot robot) {
        WallClock wall = new WallClock();
        AtomicInteger locks = new AtomicInteger();
        robot.interact(() -> {
            IdleWatch watch = new IdleWatch(new Scene(new Pane()), wall, locks::incrementAndGet);
            watch.start(Duration.ZERO.plusNanos(1));
            watch.check();
            assertThat(locks.get()).isEqualTo(1);
        });
    }
}
