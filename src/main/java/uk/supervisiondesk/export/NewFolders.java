package uk.supervisiondesk.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The folders one export makes, so that an export that fails or is cancelled can take away the
 * ones it left empty: a person's folder with nothing in it looks, in a shared library, as if their
 * file had been lost.
 */
public final class NewFolders {
    private final Deque<Path> made = new ArrayDeque<>();

    /** Makes {@code folder} and any missing folders above it, remembering each one made. */
    public void make(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder.toAbsolutePath(); f != null && !Files.exists(f); f = f.getParent()) {
            missing.add(0, f);
        }
        for (Path f : missing) {
            try {
                Files.createDirectory(f);
                made.push(f);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Someone else made it meanwhile: theirs, not ours to remove.
            }
        }
    }

    /** Removes the folders made here that are still empty, deepest first; others stay. */
    public void removeEmpty() {
        while (!made.isEmpty()) {
            Path folder = made.pop();
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            } catch (IOException e) {
                // Not removable (the drive went away, or it is in use): an empty folder is harmless.
            }
        }
    }
}
