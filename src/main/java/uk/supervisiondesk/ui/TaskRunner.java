package uk.supervisiondesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way views and view-models get work off the FX thread: database, disk and PDF work
 * runs in the background and its result comes back on the FX thread. Tests of view-models use
 * a runner that works on the calling thread.
 */
public interface TaskRunner {

    /**
     * @param description what the status bar shows while the work runs, e.g. "Saving Jane Smith"
     * @param work        runs in the background; must not touch JavaFX nodes
     * @param onSuccess   runs on the FX thread with the result
     * @param onFailure   runs on the FX thread with what went wrong
     */
    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
