package uk.supervisiondesk.prompts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.yaml.SafeYaml;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblem;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads the files of a question bank in the shipped format (groups, each with its questions),
 * one after another, checking that group keys and question ids are unique across all of them.
 * Every problem is collected with its file and line.
 */
final class ShippedBankReader {
    static final int FORMAT = 1;
    private static final List<String> TOP_KEYS = List.of("format", "groups");
    private static final List<String> GROUP_KEYS = List.of("key", "kind", "title", "help", "source", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "text", "tags");
    private static final String SHIPPED_KINDS = String.join(", ", List.of(GroupKind.STAGE, GroupKind.FUNCTION,
            GroupKind.STAKEHOLDER, GroupKind.DIFFERENCE, GroupKind.EMOTION).stream().map(GroupKind::key).toList());

    private final Map<String, String> groupKeys = new HashMap<>();
    private final Map<String, String> questionIds = new HashMap<>();
    private final List<QuestionGroup> groups = new ArrayList<>();
    private final List<YamlProblem> problems = new ArrayList<>();

    /** Reads one file; its groups are added after those read before. */
    void read(Reader text, String fileName) {
        YamlProblems fileProblems = new YamlProblems(fileName);
        Optional<Node> root = SafeYaml.composeRequired(text, fileProblems, "a bank file needs 'format' and 'groups'");
        root.flatMap(r -> YamlMap.of(r, "the file", TOP_KEYS, fileProblems)).ifPresent(top -> {
            top.requireFormat(FORMAT);
            top.requireList("groups").ifPresent(entries -> {
                if (entries.isEmpty()) {
                    fileProblems.add(top.get("groups").orElseThrow(), "'groups' is empty; a bank file needs at least one group");
                }
                QuestionReader questions = new QuestionReader(fileProblems, questionIds, false);
                entries.forEach(entry -> group(entry, fileProblems, questions).ifPresent(groups::add));
            });
        });
        problems.addAll(fileProblems.all());
    }

    /** Adds a problem not tied to one group, such as a stage with no group at all. */
    void problem(YamlProblem problem) {
        problems.add(problem);
    }

    List<QuestionGroup> groups() {
        return List.copyOf(groups);
    }

    /** The bank, or every problem found in any of its files. */
    QuestionBank bank() throws PromptException {
        if (!problems.isEmpty()) {
            throw new PromptException(problems);
        }
        return new QuestionBank(groups);
    }

    private Optional<QuestionGroup> group(Node node, YamlProblems fileProblems, QuestionReader questions) {
        String where = YamlMap.peekText(node, "key").map(k -> "group '" + k + "'").orElse("a group");
        Optional<YamlMap> read = YamlMap.of(node, where, GROUP_KEYS, fileProblems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap group = read.get();
        Optional<GroupKind> kind = group.requireText("kind").flatMap(k -> kind(k, group, fileProblems));
        Optional<String> key = group.requireText("key").filter(k -> goodKey(k, kind, group, fileProblems));
        Optional<String> title = group.requireText("title");
        Optional<String> help = group.requireText("help");
        List<Question> groupQuestions = new ArrayList<>();
        group.requireList("questions").ifPresent(entries -> {
            if (entries.isEmpty()) {
                fileProblems.add(group.get("questions").orElseThrow(), "'questions' in " + where
                        + " is empty; a group needs at least one question");
            }
            for (Node entry : entries) {
                questions.read(entry, QUESTION_KEYS, key.orElse(""), kind.orElse(null)).ifPresent(groupQuestions::add);
            }
        });
        if (key.isEmpty() || kind.isEmpty() || title.isEmpty() || help.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionGroup(key.get(), kind.get(), title.get(), help.get(), groupQuestions));
    }

    private static Optional<GroupKind> kind(String text, YamlMap group, YamlProblems fileProblems) {
        Optional<GroupKind> kind = GroupKind.fromKey(text).filter(k -> k != GroupKind.OWN);
        if (kind.isEmpty()) {
            fileProblems.add(group.get("kind").orElseThrow(), "unknown kind '" + text + "' in " + group.where()
                    + "; use one of: " + SHIPPED_KINDS);
        }
        return kind;
    }

    private boolean goodKey(String key, Optional<GroupKind> kind, YamlMap group, YamlProblems fileProblems) {
        Node node = group.get("key").orElseThrow();
        if (!BankVocabulary.ID.matcher(key).matches()) {
            fileProblems.add(node, "the group key '" + key + "' must be lower-case words joined by hyphens");
            return false;
        }
        if (key.startsWith(BankVocabulary.OWN_PREFIX)) {
            fileProblems.add(node, "the group key '" + key + "' starts with '" + BankVocabulary.OWN_PREFIX
                    + "', which is kept for users' own groups");
            return false;
        }
        Optional<List<String>> allowed = kind.flatMap(BankVocabulary::keysFor);
        if (allowed.isPresent() && !allowed.get().contains(key)) {
            fileProblems.add(node, "a " + kind.get().key() + " group's key must be one of: "
                    + String.join(", ", allowed.get()) + "; not '" + key + "'");
            return false;
        }
        String first = groupKeys.putIfAbsent(key, fileProblems.file() + ":" + YamlProblems.lineOf(node));
        if (first != null) {
            fileProblems.add(node, "the group key '" + key + "' is already used (" + first + ")");
            return false;
        }
        return true;
    }
}
