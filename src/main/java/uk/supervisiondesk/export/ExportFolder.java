package uk.supervisiondesk.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder exports are filed into, usually a OneDrive-synced SharePoint library or a mapped
 * shared drive. Checked when it is chosen, by really writing (and removing) a small file: a
 * folder can look fine and still refuse writes (read-only share, sync client paused, no access).
 */
public final class ExportFolder {
    private static final String PROBE = ".supervision-desk-write-check";

    /** Why a folder cannot be used. */
    public enum Problem { EMPTY, INVALID, NOT_ABSOLUTE, IS_A_FILE, NOT_WRITABLE }

    /** A problem with the folder, and the system's own words for it where there are any. */
    public record Refusal(Problem problem, String folder, String detail) {
    }

    private ExportFolder() {
    }

    /** The folder offered before the user picks one: a folder in their Documents. */
    public static Path suggested() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("Supervision Desk exports");
    }

    /** Creates the folder if it is missing and proves it takes a file; empty if it can be used. */
    public static Optional<Refusal> check(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(new Refusal(Problem.EMPTY, "", ""));
        }
        String text = typed.strip();
        Path folder;
        try {
            folder = Path.of(text);
        } catch (InvalidPathException e) {
            return Optional.of(new Refusal(Problem.INVALID, text, e.getReason()));
        }
        if (!folder.isAbsolute()) {
            return Optional.of(new Refusal(Problem.NOT_ABSOLUTE, text, ""));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(new Refusal(Problem.IS_A_FILE, text, ""));
        }
        try {
            Files.createDirectories(folder);
            Path probe = folder.resolve(PROBE);
            Files.writeString(probe, "Supervision Desk checks it can save files here; this file is removed at once.");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(new Refusal(Problem.NOT_WRITABLE, text, String.valueOf(e.getMessage())));
        }
    }
}
