package uk.supervisiondesk.ui;

/**
 * Every question and message a view puts to the user goes through here, so view code stays
 * testable and every error reads the same way: what happened, then what to do.
 */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showError(String title, String whatHappened, String whatToDo);

    void showInformation(String title, String message);

    /** An error with a list of particulars (e.g. every bad line of a file), which may be long. */
    void showErrorWithDetails(String title, String whatHappened, String whatToDo, java.util.List<String> details);

    /** @return true if the user chose the confirming button */
    boolean confirm(String title, String message, String confirmButton);

    /** Asks the user to pick one of several options; empty if they cancel. */
    java.util.Optional<Integer> chooseOne(String title, String message, java.util.List<String> options);

    /** Asks what to do with unsaved changes to {@code what} (e.g. "Jane Smith's front sheet"). */
    UnsavedChoice askAboutUnsavedChanges(String what);

    /**
     * Asks where to save a file.
     *
     * @param kind      what the file is, e.g. "CSV file"
     * @param extension without the dot, e.g. "csv"
     */
    java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName, String kind,
                                                            String extension);

    /** Asks which file to open; {@code extensions} without dots, e.g. "csv". */
    java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String kind, String... extensions);

    /** Asks which folder to use, starting from {@code initial} (an existing folder, or null). */
    java.util.Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path initial);
}
