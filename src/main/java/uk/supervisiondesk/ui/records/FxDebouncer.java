package uk.supervisiondesk.ui.records;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX clock. A second and a half after the last change is within the two seconds promised. */
public final class FxDebouncer implements Debouncer {
    static final Duration PAUSE = Duration.millis(1500);
    private final PauseTransition timer = new PauseTransition(PAUSE);
    private Runnable pending;

    public FxDebouncer() {
        timer.setOnFinished(e -> flush());
    }

    @Override
    public void request(Runnable work) {
        pending = work;
        timer.playFromStart();
    }

    @Override
    public void flush() {
        timer.stop();
        Runnable work = pending;
        pending = null;
        if (work != null) {
            work.run();
        }
    }
}
