package uk.supervisiondesk.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import uk.supervisiondesk.ui.TaskRunner;

/** Runs "background" work on the calling thread, so view-models can be tested without an FX toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
