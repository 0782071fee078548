package uk.supervisiondesk.prompts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * Adds a question to a user's own questions file (the format {@link QuestionBank#merge} reads),
 * so a question typed in the prompts panel is kept where the bank is read from. The new text is
 * checked by merging it over the shipped bank before it is handed back: a file the bank would
 * refuse is never written. Comments in a hand-edited file are not kept; everything else is.
 */
public final class UserQuestionsFile {
    private static final int MAX_ID_WORDS = 6;

    private UserQuestionsFile() {
    }

    /**
     * The user's file with one more question in {@code groupKey} (any shipped group, or one of
     * theirs), given an id of its own that starts with "my-".
     *
     * @param existing the file as it is now; blank or null for none yet
     * @throws PromptException if the question is empty, or the existing file has problems of its own
     */
    public static String withQuestion(String existing, QuestionBank shipped, String groupKey, String text)
            throws PromptException {
        String question = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (question.isEmpty()) {
            throw refused("the question is empty; type the question to add");
        }
        QuestionBank current = QuestionBank.merge(shipped, existing);
        Map<String, Object> top = parse(existing);
        List<Object> questions = new ArrayList<>();
        if (top.get("questions") instanceof List<?> list) {
            questions.addAll(list);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", freeId(current, question));
        entry.put("group", groupKey);
        entry.put("text", question);
        questions.add(entry);
        top.putIfAbsent("format", UserQuestionsReader.FORMAT);
        top.put("questions", questions);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("format", "groups", "questions", "hide")) {
            if (top.containsKey(key)) {
                ordered.put(key, top.get(key));
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        String written = "# Your own reflective questions, laid over the shipped bank (see resources/prompts/README.md).\n"
                + new Yaml(options).dump(ordered);
        QuestionBank.merge(shipped, written); // never hand back a file the bank would refuse
        return written;
    }

    private static Map<String, Object> parse(String existing) throws PromptException {
        if (existing == null || existing.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(existing);
            Map<String, Object> top = new LinkedHashMap<>();
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((k, v) -> top.put(String.valueOf(k), v));
            }
            return top;
        } catch (YAMLException e) {
            throw refused("the file could not be read as YAML (" + e.getMessage() + ")");
        }
    }

    /** "my-" and the question's first words, numbered if that is taken: "my-what-would-the-judge-want". */
    static String freeId(QuestionBank bank, String question) {
        String plain = Normalizer.normalize(question, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.size() < MAX_ID_WORDS) {
                words.add(w);
            }
        }
        String base = BankVocabulary.OWN_PREFIX + (words.isEmpty() ? "question" : String.join("-", words));
        String id = base;
        for (int n = 2; bank.question(id).isPresent() || bank.hiddenIds().contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static PromptException refused(String message) {
        return new PromptException(List.of(new YamlProblem(QuestionBank.USER_FILE, 1, message)));
    }
}
