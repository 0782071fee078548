package uk.supervisiondesk.app;

import java.time.Clock;
import java.time.LocalDate;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/** File > Load sample data: asks first, loads in the background, then shows the staff register. */
final class SampleDataAction {
    static final int STAFF = 40;
    static final int YEARS = 7;
    static final long SEED = 2026;

    private final DeskDatabase database;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Clock clock;
    private final Runnable afterLoading;
    private final CurrentPolicy policy;

    SampleDataAction(DeskDatabase database, CurrentPolicy policy, TaskRunner tasks, DialogService dialogs,
                     StatusMessages status, Clock clock, Runnable afterLoading) {
        this.policy = policy;
        this.database = database;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
        this.afterLoading = afterLoading;
    }

    void run() {
        if (dialogs.confirm(Messages.get("sample.confirm.title"), Messages.get("sample.confirm.message", STAFF),
                Messages.get("sample.confirm.button"))) {
            loadWithoutAsking();
        }
    }

    /** For the first-run welcome, where the user has already said yes. */
    void loadWithoutAsking() {
        SampleDataLoader loader = new SampleDataLoader(database, clock);
        tasks.run(Messages.get("sample.loading"), () -> {
            if (loader.alreadyLoaded()) {
                return -1;
            }
            return loader.load(SEED, STAFF, YEARS, LocalDate.now(clock), policy.get().pack(), policy.get().calendar());
        }, added -> {
            if (added < 0) {
                dialogs.showInformation(Messages.get("sample.already.title"), Messages.get("sample.already.message"));
            } else {
                status.show(Messages.get("sample.loaded", added));
            }
            afterLoading.run();
        }, e -> dialogs.showError(Messages.get("sample.failed.title"), String.valueOf(e.getMessage()),
                Messages.get("sample.failed.todo")));
    }
}
