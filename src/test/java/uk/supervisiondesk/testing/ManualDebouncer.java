package uk.supervisiondesk.testing;

import uk.supervisiondesk.ui.records.Debouncer;

/** Holds the requested autosave until the test says the pause has passed. */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void request(Runnable work) {
        pending = work;
    }

    @Override
    public void flush() {
        Runnable work = pending;
        pending = null;
        if (work != null) {
            work.run();
        }
    }

    public boolean hasPending() {
        return pending != null;
    }
}
