package uk.supervisiondesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs background work one piece at a time, in order, on a single worker thread. One thread
 * keeps the order of a save and the reload that follows it, and the embedded database gains
 * nothing from more. Exposes what is running for the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "supervision-desk-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currentWork = new ReadOnlyStringWrapper("");
    private int running;

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        started(description);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        worker.execute(task);
    }

    private void started(String description) {
        running++;
        busy.set(true);
        currentWork.set(description);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            currentWork.set("");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentWorkProperty() {
        return currentWork.getReadOnlyProperty();
    }

    /** Lets queued work (a final save) finish, for up to a few seconds, then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
