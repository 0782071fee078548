package uk.supervisiondesk.ui.exporting;

import java.util.function.Function;
import javafx.concurrent.Task;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.ui.Messages;

/**
 * One export to the export folder as a cancellable background task: progress after each file,
 * and a cancel that stops between files, so every file in the folder is whole. Cancel with
 * {@code cancel(false)}: interrupting the thread could also interrupt the database's own files.
 */
public final class ExportJob extends Task<SupervisionFileExport.Summary> {
    private final Function<SupervisionFileExport.Progress, SupervisionFileExport.Summary> work;

    /** @param work the export, given the progress to report to and ask about cancelling */
    public ExportJob(Function<SupervisionFileExport.Progress, SupervisionFileExport.Summary> work) {
        this.work = work;
        updateMessage(Messages.get("exportFile.progress.starting"));
    }

    @Override
    protected SupervisionFileExport.Summary call() {
        return work.apply(new SupervisionFileExport.Progress() {
            @Override
            public void done(int filesDone, int filesInAll, String fileName) {
                updateProgress(filesDone, filesInAll);
                updateMessage(Messages.get("exportFile.progress.file", filesDone, filesInAll, fileName));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }
}
