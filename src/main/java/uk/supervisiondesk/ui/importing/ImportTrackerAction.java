package uk.supervisiondesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.supervisiondesk.importing.ImportKind;
import uk.supervisiondesk.importing.ImportProblem;
import uk.supervisiondesk.importing.ImportRejectedException;
import uk.supervisiondesk.importing.ImportResult;
import uk.supervisiondesk.importing.TrackerImport;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * File > Import: a spreadsheet tracker of staff or of past sessions, saved as CSV. The whole
 * file is checked first; if any row is wrong nothing is imported and every problem is listed
 * by line, so the user can put the spreadsheet right and try again.
 */
public final class ImportTrackerAction {
    private final TrackerImport importer;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StatusMessages status;
    private final Runnable afterImport;

    public ImportTrackerAction(TrackerImport importer, TaskRunner tasks, DialogService dialogs, StatusMessages status,
                               Runnable afterImport) {
        this.importer = importer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.afterImport = afterImport;
    }

    public void run(ImportKind kind) {
        String what = kind.name().toLowerCase(Locale.ROOT);
        dialogs.chooseFileToOpen(Messages.get("import." + what + ".title"), Messages.get("import.csvKind"), "csv")
                .ifPresent(file -> tasks.run(Messages.get("import.running", file.getFileName()),
                        () -> importer.importFile(kind, file), this::imported, this::failed));
    }

    private void imported(ImportResult result) {
        status.show(result.summary());
        List<String> lines = new ArrayList<>(List.of(result.summary()));
        lines.addAll(result.notes());
        dialogs.showInformation(Messages.get("import.done.title"), String.join("\n\n", lines));
        afterImport.run();
    }

    private void failed(Throwable e) {
        if (e instanceof ImportRejectedException rejected) {
            List<String> problems = rejected.problems().stream().map(ImportProblem::toString).toList();
            dialogs.showErrorWithDetails(Messages.get("import.rejected.title"), rejected.getMessage(),
                    Messages.get("import.rejected.todo"), problems);
        } else {
            dialogs.showError(Messages.get("import.failed.title"), String.valueOf(e.getMessage()),
                    Messages.get("import.failed.todo"));
        }
    }
}
