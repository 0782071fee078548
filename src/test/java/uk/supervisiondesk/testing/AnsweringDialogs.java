package uk.supervisiondesk.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.ui.DialogService;

/**
 * The app's real dialogs, except that file choosers (which the headless toolkit cannot show)
 * answer with the files a test sets.
 */
public final class AnsweringDialogs implements DialogService {
    private final DialogService real;
    public volatile Path fileToSave;
    public volatile Path fileToOpen;
    public volatile Path folderToChoose;

    public AnsweringDialogs(DialogService real) {
        this.real = real;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        real.showError(title, whatHappened, whatToDo);
    }

    @Override
    public void showErrorWithDetails(String title, String whatHappened, String whatToDo, List<String> details) {
        real.showErrorWithDetails(title, whatHappened, whatToDo, details);
    }

    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        return real.confirm(title, message, confirmButton);
    }

    @Override
    public Optional<Integer> chooseOne(String title, String message, List<String> options) {
        return real.chooseOne(title, message, options);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String what) {
        return real.askAboutUnsavedChanges(what);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String extension) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kind, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folderToChoose);
    }
}
