package uk.supervisiondesk.ui.exporting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.SettingsDao;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * Filing into the export folder from the app: everything new (File menu), one supervisee's
 * whole file, one record. The folder comes from Settings; if none is set, says so and offers to
 * open Settings. Each export runs as an {@link ExportJob} in a window with progress and Cancel.
 */
public final class ExportActions {
    private final DeskDatabase database;
    private final Clock clock;
    private final RecordFiling filing;
    private final CurrentPolicy policy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Runnable openSettings;
    private final Supplier<Node> owner;

    public ExportActions(DeskDatabase database, Clock clock, RecordFiling filing, CurrentPolicy policy,
                         TaskRunner tasks, DialogService dialogs, StatusMessages status, Runnable openSettings,
                         Supplier<Node> owner) {
        this.database = database;
        this.clock = clock;
        this.filing = filing;
        this.policy = policy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.openSettings = openSettings;
        this.owner = owner;
    }

    /** With its own filing, its letterhead following the policy and the user's name. */
    public static ExportActions create(DeskDatabase database, Clock clock, CurrentPolicy policy,
                                       Supplier<String> userName, TaskRunner tasks, DialogService dialogs,
                                       StatusMessages status, Runnable openSettings, Supplier<Node> owner) {
        AtomicReference<FilingLetterhead> letterhead = new AtomicReference<>(
                FilingLetterhead.of(policy.get(), userName.get()));
        policy.property().addListener((obs, old, now) -> letterhead.set(FilingLetterhead.of(now, userName.get())));
        RecordFiling filing = new RecordFiling(database, clock, new SigningIdentities(database, clock),
                new TemplateLoader(), letterhead::get);
        return new ExportActions(database, clock, filing, policy, tasks, dialogs, status, openSettings, owner);
    }

    /** File, Export everything new. */
    public void exportEverythingNew() {
        start(Messages.get("exportFile.everythingNew.title"),
                (export, root) -> p -> export.exportAll(root, Optional.empty(), true, p));
    }

    /** One supervisee's whole file, every record whether filed before or not. */
    public void exportSupervisee(Supervisee person) {
        start(Messages.get("exportFile.supervisee.title", person.fullName()),
                (export, root) -> p -> export.exportSupervisee(root, person, p));
    }

    /** One record, every version of it. */
    public void fileRecord(SupervisionRecord record) {
        start(Messages.get("exportFile.record.title"), (export, root) -> p -> export.exportRecord(root, record));
    }

    private interface Work {
        Function<SupervisionFileExport.Progress, SupervisionFileExport.Summary> of(SupervisionFileExport export,
                                                                                   Path root);
    }

    private void start(String title, Work work) {
        var order = policy.get().pack().supervisionFile();
        if (order.isEmpty()) {
            dialogs.showError(title, Messages.get("exportFile.noOrder.what"), Messages.get("exportFile.noOrder.todo"));
            return;
        }
        tasks.run(Messages.get("exportFile.readingFolder"),
                () -> database.dao(SettingsDao.class).get(SettingsDao.EXPORT_FOLDER).orElse(""), folder -> {
                    if (folder.isBlank()) {
                        if (dialogs.confirm(Messages.get("exportFile.noFolder.title"),
                                Messages.get("exportFile.noFolder.message"), Messages.get("exportFile.noFolder.open"))) {
                            openSettings.run();
                        }
                        return;
                    }
                    SupervisionFileExport export = new SupervisionFileExport(database, clock, filing, order.get());
                    Path root = Path.of(folder);
                    ExportJob job = new ExportJob(work.of(export, root));
                    ExportProgressWindow.show(owner.get(), title, job, summary -> reportDone(root, summary),
                            e -> reportFailed(root, e), () -> status.show(Messages.get("exportFile.cancelled")));
                    Thread thread = new Thread(job, "export");
                    thread.setDaemon(true);
                    thread.start();
                }, e -> dialogs.showError(title, String.valueOf(e.getMessage()), Messages.get("exportFile.failed.todo")));
    }

    private void reportDone(Path root, SupervisionFileExport.Summary summary) {
        String text = Messages.get("exportFile.done", summary.records(), summary.written(), summary.unchanged(), root);
        if (!summary.replaced().isEmpty()) {
            text += " " + Messages.get("exportFile.updated", summary.replaced().size());
        }
        status.show(text);
        if (!summary.renamed().isEmpty()) {
            dialogs.showInformation(Messages.get("exportFile.renamed.title"), Messages.get("exportFile.renamed.message",
                    String.join("\n", summary.renamed().stream().map(p -> root.relativize(p).toString()).toList())));
        }
    }

    private void reportFailed(Path root, Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        dialogs.showError(Messages.get("exportFile.failed.title"), String.valueOf(cause.getMessage()),
                Messages.get("exportFile.failed.todo"));
    }
}
