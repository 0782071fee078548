package uk.supervisiondesk.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.ui.DialogService;

/** Answers dialogs from a script and records what was asked, for view-model tests. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public Path fileToSave;
    public Path fileToOpen;
    public Path folderToChoose;

    @Override
    public void showError(String title, String whatHappened, String whatToDo) {
        errors.add(title + ": " + whatHappened);
    }

    @Override
    public void showErrorWithDetails(String title, String whatHappened, String whatToDo, List<String> details) {
        errors.add(title + ": " + whatHappened + " " + String.join(" | ", details));
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        confirmations.add(title + ": " + message);
        return confirmAnswers.isEmpty() || confirmAnswers.removeFirst();
    }

    public final Deque<Integer> choices = new ArrayDeque<>();

    @Override
    public Optional<Integer> chooseOne(String title, String message, List<String> options) {
        asked.add(title);
        return choices.isEmpty() ? Optional.of(0) : Optional.of(choices.removeFirst());
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String what) {
        asked.add(what);
        return unsavedAnswers.removeFirst();
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
