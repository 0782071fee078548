package uk.supervisiondesk.prompts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * Loads the question bank shipped with the application (the files {@code resources/prompts/index.txt}
 * lists, packaged on the classpath) and users' own question files. A file is either read whole or
 * refused with every problem as {@code file:line: problem}. Pure Java, so the prompts panel, the
 * command line and tests can all use it.
 */
public final class QuestionBankLoader {
    /** Where the shipped bank sits on the classpath. */
    public static final String BUNDLED_FOLDER = "/uk/supervisiondesk/data/prompts/";
    /** Lists the shipped bank's files, one name (without ".yaml") a line, in the order the panel offers them. */
    public static final String INDEX_FILE = "index.txt";

    private QuestionBank bundled;

    /**
     * The shipped bank, read once. It must have a group for each stage, function and stakeholder;
     * every problem in any of its files is reported together.
     */
    public synchronized QuestionBank bundled() throws PromptException {
        if (bundled == null) {
            ShippedBankReader reader = new ShippedBankReader();
            for (String name : bundledFiles()) {
                String fileName = "prompts/" + name + ".yaml";
                try (InputStream in = QuestionBankLoader.class.getResourceAsStream(BUNDLED_FOLDER + name + ".yaml")) {
                    if (in == null) {
                        throw refused("prompts/" + INDEX_FILE, "the index lists '" + name + "' but there is no " + fileName);
                    }
                    reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
                } catch (IOException e) {
                    throw unreadable(fileName, e);
                }
            }
            requireEveryStageFunctionAndStakeholder(reader);
            bundled = reader.bank();
        }
        return bundled;
    }

    /** The names of the shipped bank's files, as {@code index.txt} lists them. */
    public List<String> bundledFiles() throws PromptException {
        String fileName = "prompts/" + INDEX_FILE;
        try (InputStream in = QuestionBankLoader.class.getResourceAsStream(BUNDLED_FOLDER + INDEX_FILE)) {
            if (in == null) {
                throw refused(fileName, "the list of question bank files is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** Reads one file in the shipped format (groups and their questions) as a bank of its own. */
    public QuestionBank fromText(String yaml, String fileName) throws PromptException {
        return read(new StringReader(yaml), fileName);
    }

    /** Reads one file in the shipped format, such as a council's own bank file. */
    public QuestionBank fromFile(Path file) throws PromptException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** The shipped bank with the user's own questions file at {@code file} laid over it; see {@link QuestionBank#merge}. */
    public QuestionBank withUserFile(Path file) throws PromptException {
        QuestionBank shipped = bundled();
        try {
            return QuestionBank.merge(shipped, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    private static QuestionBank read(Reader reader, String fileName) throws PromptException {
        ShippedBankReader bank = new ShippedBankReader();
        bank.read(reader, fileName);
        return bank.bank();
    }

    private static void requireEveryStageFunctionAndStakeholder(ShippedBankReader reader) {
        List<String> present = reader.groups().stream().map(QuestionGroup::key).toList();
        for (GroupKind kind : List.of(GroupKind.STAGE, GroupKind.FUNCTION, GroupKind.STAKEHOLDER)) {
            BankVocabulary.keysFor(kind).orElseThrow().stream().filter(k -> !present.contains(k)).forEach(k ->
                    reader.problem(new YamlProblem("prompts/" + INDEX_FILE, 1, "the question bank has no "
                            + kind.key() + " group '" + k + "'; the prompts panel needs one for each")));
        }
    }

    private static PromptException refused(String fileName, String message) {
        return new PromptException(List.of(new YamlProblem(fileName, 1, message)));
    }

    private static PromptException unreadable(String fileName, IOException e) {
        return new PromptException(List.of(YamlProblem.unreadable(fileName, e)));
    }
}
