package uk.supervisiondesk.ui.safety;

import java.time.Clock;
import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Watches the app's windows (the main one and any dialog open over it) for a keyboard or mouse,
 * and calls {@code lock} after the idle time with neither, or when the computer has evidently been asleep: the wall clock jumped on while the
 * monotonic clock (which stops during sleep) did not. Checks once a second on the FX thread.
 */
public final class IdleWatch {
    /** A wall-clock jump beyond the monotonic one larger than this means the computer slept. */
    static final Duration SLEEP_JUMP = Duration.ofSeconds(30);

    private final Scene scene;
    private final Clock wallClock;
    private final Runnable lock;
    private final Timeline ticks;
    private final EventHandler<InputEvent> activity = e -> touch();
    private final javafx.collections.ListChangeListener<javafx.stage.Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
            change.getRemoved().forEach(w -> w.removeEventFilter(InputEvent.ANY, activity));
        }
    };
    private Duration limit = Duration.ZERO;
    private long lastActivityNanos;
    private long lastTickNanos;
    private long lastTickWallMillis;
    private boolean running;

    /**
     * @param wallClock the system's clock (not a test's fixed one): only its jumps are used
     */
    public IdleWatch(Scene scene, Clock wallClock, Runnable lock) {
        this.scene = scene;
        this.wallClock = wallClock;
        this.lock = lock;
        this.ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> check()));
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts (or restarts) watching with this idle time. */
    public void start(Duration idleTime) {
        limit = idleTime;
        touch();
        lastTickNanos = System.nanoTime();
        lastTickWallMillis = wallClock.millis();
        if (!running) {
            scene.addEventFilter(InputEvent.ANY, activity);
            javafx.stage.Window.getWindows().forEach(w -> w.addEventFilter(InputEvent.ANY, activity));
            javafx.stage.Window.getWindows().addListener(newWindows);
            ticks.play();
            running = true;
        }
    }

    /** Changes the idle time without counting as activity. */
    public void setIdleTime(Duration idleTime) {
        limit = idleTime;
    }

    public void stop() {
        if (running) {
            scene.removeEventFilter(InputEvent.ANY, activity);
            javafx.stage.Window.getWindows().removeListener(newWindows);
            javafx.stage.Window.getWindows().forEach(w -> w.removeEventFilter(InputEvent.ANY, activity));
            ticks.stop();
            running = false;
        }
    }

    public boolean running() {
        return running;
    }

    private void touch() {
        lastActivityNanos = System.nanoTime();
    }

    /** One tick; package-private so a test can tick without waiting a second. */
    void check() {
        long now = System.nanoTime();
        long wall = wallClock.millis();
        long monotonicMillis = (now - lastTickNanos) / 1_000_000;
        boolean slept = (wall - lastTickWallMillis) - monotonicMillis > SLEEP_JUMP.toMillis();
        lastTickNanos = now;
        lastTickWallMillis = wall;
        if (slept || now - lastActivityNanos >= limit.toNanos()) {
            stop();
            lock.run();
        }
    }
}
