package uk.supervisiondesk.prompts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.yaml.SafeYaml;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads a user's own questions file and lays it over the shipped bank: their groups, their
 * questions (in their own groups or in shipped ones) and the shipped questions they would rather
 * not be offered. Their ids start with "my-", so no later version's questions can clash with them.
 */
final class UserQuestionsReader {
    static final int FORMAT = 1;
    private static final List<String> TOP_KEYS = List.of("format", "groups", "questions", "hide");
    private static final List<String> GROUP_KEYS = List.of("key", "title", "help");
    private static final List<String> QUESTION_KEYS = List.of("id", "group", "text", "tags");

    private final QuestionBank shipped;
    private final YamlProblems problems;

    UserQuestionsReader(QuestionBank shipped, String fileName) {
        this.shipped = shipped;
        this.problems = new YamlProblems(fileName);
    }

    QuestionBank merge(Reader text) throws PromptException {
        Optional<Node> root = SafeYaml.compose(text, problems);
        if (!problems.isEmpty()) {
            throw new PromptException(problems.all());
        }
        if (root.isEmpty()) {
            return shipped; // a file of comments only adds nothing
        }
        Optional<YamlMap> read = YamlMap.of(root.get(), "the file", TOP_KEYS, problems);
        if (read.isEmpty()) {
            throw new PromptException(problems.all());
        }
        YamlMap top = read.get();
        top.requireFormat(FORMAT);
        Map<String, QuestionGroup> ownGroups = ownGroups(top);
        Map<String, List<Question>> added = questions(top, ownGroups);
        Set<String> hidden = hidden(top);
        for (QuestionGroup group : ownGroups.values()) {
            if (added.getOrDefault(group.key(), List.of()).isEmpty()) {
                problems.add(1, "your group '" + group.key() + "' has no questions; add some or remove the group");
            }
        }
        if (!problems.isEmpty()) {
            throw new PromptException(problems.all());
        }
        List<QuestionGroup> merged = new ArrayList<>();
        for (QuestionGroup group : shipped.groups()) {
            List<Question> questions = new ArrayList<>(group.questions().stream()
                    .filter(q -> !hidden.contains(q.id())).toList());
            questions.addAll(added.getOrDefault(group.key(), List.of()));
            merged.add(group.withQuestions(questions));
        }
        ownGroups.values().forEach(g -> merged.add(g.withQuestions(added.get(g.key()))));
        Set<String> allHidden = new LinkedHashSet<>(shipped.hiddenIds());
        allHidden.addAll(hidden);
        return new QuestionBank(merged, allHidden);
    }

    private Map<String, QuestionGroup> ownGroups(YamlMap top) {
        Map<String, QuestionGroup> groups = new LinkedHashMap<>();
        for (Node entry : top.list("groups").orElse(List.of())) {
            String where = YamlMap.peekText(entry, "key").map(k -> "group '" + k + "'").orElse("a group");
            YamlMap.of(entry, where, GROUP_KEYS, problems).ifPresent(group -> {
                Optional<String> key = group.requireText("key").filter(k -> goodGroupKey(k, group, groups));
                Optional<String> title = group.requireText("title");
                if (key.isPresent() && title.isPresent()) {
                    groups.put(key.get(), new QuestionGroup(key.get(), GroupKind.OWN, title.get(),
                            group.optionalText("help"), List.of()));
                }
            });
        }
        return groups;
    }

    private boolean goodGroupKey(String key, YamlMap group, Map<String, QuestionGroup> ownSoFar) {
        Node node = group.get("key").orElseThrow();
        if (!BankVocabulary.ID.matcher(key).matches() || !key.startsWith(BankVocabulary.OWN_PREFIX)) {
            problems.add(node, "the group key '" + key + "' must be lower-case words joined by hyphens, starting with '"
                    + BankVocabulary.OWN_PREFIX + "', such as 'my-court-work'");
            return false;
        }
        if (ownSoFar.containsKey(key)) {
            problems.add(node, "the group key '" + key + "' is used twice; each group needs its own key");
            return false;
        }
        return true;
    }

    private Map<String, List<Question>> questions(YamlMap top, Map<String, QuestionGroup> ownGroups) {
        Map<String, String> taken = new HashMap<>();
        shipped.questions().forEach(q -> taken.put(q.id(), "the shipped bank"));
        shipped.hiddenIds().forEach(id -> taken.putIfAbsent(id, "the shipped bank"));
        QuestionReader reader = new QuestionReader(problems, taken, true);
        Map<String, List<Question>> added = new LinkedHashMap<>();
        for (Node entry : top.list("questions").orElse(List.of())) {
            String what = YamlMap.peekText(entry, "id").map(id -> "question '" + id + "'").orElse("a question");
            Optional<String> groupKey = YamlMap.peekText(entry, "group");
            Optional<GroupKind> kind = groupKey.flatMap(k -> kindOf(k, ownGroups));
            if (groupKey.isPresent() && kind.isEmpty()) {
                problems.add(entry, "there is no group '" + groupKey.get() + "' for " + what
                        + "; use a group of your own or one of: "
                        + String.join(", ", shipped.groups().stream().map(QuestionGroup::key).toList()));
                continue;
            }
            if (groupKey.isEmpty() && entry instanceof MappingNode) {
                problems.add(entry, "missing 'group' in " + what + ": the key of the group it belongs in");
            }
            reader.read(entry, QUESTION_KEYS, groupKey.orElse(""), kind.orElse(null))
                    .filter(q -> groupKey.isPresent())
                    .ifPresent(q -> added.computeIfAbsent(q.group(), k -> new ArrayList<>()).add(q));
        }
        return added;
    }

    private Optional<GroupKind> kindOf(String groupKey, Map<String, QuestionGroup> ownGroups) {
        if (ownGroups.containsKey(groupKey)) {
            return Optional.of(GroupKind.OWN);
        }
        return shipped.group(groupKey).map(QuestionGroup::kind);
    }

    private Set<String> hidden(YamlMap top) {
        Set<String> hidden = new LinkedHashSet<>();
        Set<String> shippedIds = new HashSet<>();
        shipped.questions().stream().filter(q -> !q.own()).forEach(q -> shippedIds.add(q.id()));
        for (Node entry : top.list("hide").orElse(List.of())) {
            top.scalar(entry, "an id in 'hide'").ifPresent(id -> {
                if (!shippedIds.contains(id)) {
                    problems.add(entry, "there is no shipped question '" + id + "' to hide; copy its id from the "
                            + "prompts panel or from resources/prompts");
                } else if (!hidden.add(id)) {
                    problems.add(entry, "'" + id + "' is listed twice in 'hide'");
                }
            });
        }
        return hidden;
    }
}
