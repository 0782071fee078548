package uk.supervisiondesk.ui.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import uk.supervisiondesk.ui.DialogService;
import uk.supervisiondesk.ui.Messages;
import uk.supervisiondesk.ui.TaskRunner;

/**
 * Opens the folder chooser at the folder typed, or the nearest folder above it that exists.
 * Finding that folder touches the disk (perhaps a slow or disconnected network drive), so it
 * runs in the background before the chooser opens.
 */
public final class ExportFolderChooser {
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public ExportFolderChooser(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void choose(String typed, Consumer<String> onChosen, Consumer<Throwable> onFailure) {
        tasks.run(Messages.get("exportFolder.looking"), () -> Optional.ofNullable(nearestExisting(typed.strip())),
                start -> dialogs.chooseFolder(Messages.get("exportFolder.chooserTitle"), start.orElse(null))
                        .ifPresent(chosen -> onChosen.accept(chosen.toString())), onFailure);
    }

    static Path nearestExisting(String typed) {
        Path folder;
        try {
            folder = typed.isBlank() ? null : Path.of(typed);
        } catch (InvalidPathException e) {
            return null; // not a path at all: the chooser starts wherever the system likes
        }
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        return folder;
    }
}
