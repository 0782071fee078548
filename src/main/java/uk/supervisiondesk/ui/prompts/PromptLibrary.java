package uk.supervisiondesk.ui.prompts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import uk.supervisiondesk.prompts.KssCatalogue;
import uk.supervisiondesk.prompts.PromptException;
import uk.supervisiondesk.prompts.QuestionBank;
import uk.supervisiondesk.prompts.QuestionBankLoader;
import uk.supervisiondesk.prompts.UserQuestionsFile;
import uk.supervisiondesk.store.AtomicFiles;

/**
 * Where the prompts panel gets its questions: the shipped bank with the user's own file laid
 * over it, and the Knowledge and Skills Statements. Every method reads or writes files, so call
 * them in the background. A user's file with a mistake is not used; the shipped bank is, and the
 * problem is reported so the user can put it right.
 */
public final class PromptLibrary {
    private final QuestionBankLoader loader = new QuestionBankLoader();
    private final Path userFile;

    /** What the panel shows: the bank, the statements, and what is wrong with the user's file, if anything. */
    public record Loaded(QuestionBank bank, KssCatalogue kss, Optional<String> userFileProblem) {
    }

    public PromptLibrary(Path userFile) {
        this.userFile = userFile;
    }

    public Path userFile() {
        return userFile;
    }

    public Loaded load() throws PromptException {
        QuestionBank shipped = loader.bundled();
        KssCatalogue kss = KssCatalogue.bundled();
        if (!Files.isRegularFile(userFile)) {
            return new Loaded(shipped, kss, Optional.empty());
        }
        try {
            return new Loaded(loader.withUserFile(userFile), kss, Optional.empty());
        } catch (PromptException e) {
            return new Loaded(shipped, kss, Optional.of(e.getMessage()));
        }
    }

    /**
     * Adds a question to the user's file (written whole to a temporary name, then moved into
     * place) and gives the bank as it now stands.
     */
    public Loaded add(String groupKey, String text) throws PromptException, IOException {
        String existing = Files.isRegularFile(userFile) ? Files.readString(userFile, StandardCharsets.UTF_8) : "";
        String written = UserQuestionsFile.withQuestion(existing, loader.bundled(), groupKey, text);
        Files.createDirectories(userFile.toAbsolutePath().getParent());
        AtomicFiles.write(userFile, written.getBytes(StandardCharsets.UTF_8));
        return load();
    }
}
