package uk.supervisiondesk.prompts;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reflective prompts: groups of questions for the four stages of the cycle, the four
 * functions, the four stakeholders, difference and power (the social GRRAACCEESS) and responding
 * to emotion, plus whatever the user has added. Immutable; {@link #merge} gives a new bank with a
 * user's own file laid over the shipped one. Load the shipped bank with {@link QuestionBankLoader}.
 */
public final class QuestionBank {
    /** The name a user's file is reported under when none is given. */
    public static final String USER_FILE = "my-questions.yaml";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<QuestionGroup> groups;
    private final Set<String> hiddenIds;
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> wordsById = new LinkedHashMap<>();

    QuestionBank(List<QuestionGroup> groups) {
        this(groups, Set.of());
    }

    QuestionBank(List<QuestionGroup> groups, Set<String> hiddenIds) {
        this.groups = List.copyOf(groups);
        this.hiddenIds = Set.copyOf(hiddenIds);
        for (QuestionGroup group : this.groups) {
            for (Question q : group.questions()) {
                byId.put(q.id(), q);
                List<String> words = new ArrayList<>(words(q.text()));
                q.tags().forEach(t -> words.addAll(words(t)));
                words.addAll(words(group.title()));
                wordsById.put(q.id(), List.copyOf(words));
            }
        }
    }

    /**
     * The shipped bank with a user's own questions file laid over it: their questions are added to
     * the groups they name (after the shipped ones), their own groups come last, and the shipped
     * questions they list under {@code hide} are left out. The file is refused whole, with every
     * problem as {@code file:line: problem}, if anything in it is wrong; blank text adds nothing.
     */
    public static QuestionBank merge(QuestionBank shipped, String userText) throws PromptException {
        return merge(shipped, userText, USER_FILE);
    }

    /** As {@link #merge(QuestionBank, String)}, naming the file in problems as {@code fileName}. */
    public static QuestionBank merge(QuestionBank shipped, String userText, String fileName) throws PromptException {
        return new UserQuestionsReader(shipped, fileName).merge(new StringReader(userText == null ? "" : userText));
    }

    /** Every group in the order the panel offers them: the shipped bank's order, then the user's own. */
    public List<QuestionGroup> groups() {
        return groups;
    }

    public List<QuestionGroup> groups(GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }

    public Optional<QuestionGroup> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The group of questions for one stage of the cycle; the shipped bank always has all four. */
    public Optional<QuestionGroup> group(Stage stage) {
        return group(stage.key());
    }

    public Optional<QuestionGroup> group(SupervisionFunction function) {
        return group(function.key());
    }

    public Optional<QuestionGroup> group(Stakeholder stakeholder) {
        return group(stakeholder.key());
    }

    /** Every question offered, group by group. */
    public List<Question> questions() {
        return List.copyOf(byId.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Shipped questions the user has chosen not to be offered. */
    public Set<String> hiddenIds() {
        return hiddenIds;
    }

    /**
     * The questions that match every word of {@code text}, in any order and any case, in bank
     * order. A word matches the start of a word in the question's text, its tags or its group's
     * title, so "feel" finds "feelings" and "partner" finds questions tagged partners, but "plan"
     * does not find "explain". Blank text gives every question.
     */
    public List<Question> search(String text) {
        List<String> wanted = words(text == null ? "" : text);
        return byId.values().stream()
                .filter(q -> wanted.stream().allMatch(w -> wordsById.get(q.id()).stream().anyMatch(h -> h.startsWith(w))))
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
