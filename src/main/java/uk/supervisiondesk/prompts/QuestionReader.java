package uk.supervisiondesk.prompts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads one question of a bank file, shipped or the user's, and checks its id, text and tags.
 * Ids are unique across everything read so far, so {@code seenIds} is shared by all the files of
 * one bank (and holds the shipped ids when a user's file is read).
 */
final class QuestionReader {
    private final YamlProblems problems;
    private final Map<String, String> seenIds;
    private final boolean own;

    /**
     * @param seenIds id to "file:line" (or "the shipped bank") of every id already taken
     * @param own     reading a user's file: ids must start with "my-", and the shipped ones must not
     */
    QuestionReader(YamlProblems problems, Map<String, String> seenIds, boolean own) {
        this.problems = problems;
        this.seenIds = seenIds;
        this.own = own;
    }

    /**
     * The question, or empty when it could not be read (the problem is noted).
     *
     * @param allowedKeys the keys a question may have here ("group" only in a user's file)
     * @param group       the group it belongs to, with its kind; in a user's file, read from the question
     */
    Optional<Question> read(Node node, List<String> allowedKeys, String group, GroupKind kind) {
        String where = YamlMap.peekText(node, "id").map(id -> "question '" + id + "'").orElse("a question");
        Optional<YamlMap> read = YamlMap.of(node, where, allowedKeys, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap q = read.get();
        Optional<String> id = q.requireText("id").filter(i -> goodId(i, q.get("id").orElseThrow()));
        Optional<String> text = q.requireText("text");
        List<String> tags = tags(q, group, kind);
        if (id.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), group, text.get(), tags, own));
    }

    private boolean goodId(String id, Node node) {
        if (!BankVocabulary.ID.matcher(id).matches()) {
            problems.add(node, "the id '" + id + "' must be lower-case words joined by hyphens, such as '"
                    + (own ? "my-court-evidence" : "reflection-front-door") + "'");
            return false;
        }
        if (own && !id.startsWith(BankVocabulary.OWN_PREFIX)) {
            problems.add(node, "the id '" + id + "' must start with '" + BankVocabulary.OWN_PREFIX
                    + "', so it can never clash with a question shipped in a later version: 'my-" + id + "'");
            return false;
        }
        if (!own && id.startsWith(BankVocabulary.OWN_PREFIX)) {
            problems.add(node, "the id '" + id + "' starts with '" + BankVocabulary.OWN_PREFIX
                    + "', which is kept for users' own questions");
            return false;
        }
        String first = seenIds.putIfAbsent(id, problems.file() + ":" + YamlProblems.lineOf(node));
        if (first != null) {
            problems.add(node, "the id '" + id + "' is already used (" + first + "); each question needs its own id");
            return false;
        }
        return true;
    }

    /** The group's own key first when it is a stage, function or stakeholder, then the tags written. */
    private List<String> tags(YamlMap q, String group, GroupKind kind) {
        Set<String> tags = new LinkedHashSet<>();
        if (kind != null && BankVocabulary.groupKeyIsTag(kind)) {
            tags.add(group);
        }
        Set<String> written = new LinkedHashSet<>();
        for (Node entry : q.list("tags").orElse(List.of())) {
            q.scalar(entry, "a tag").ifPresent(tag -> {
                if (!BankVocabulary.TAGS.contains(tag)) {
                    problems.add(entry, "unknown tag '" + tag + "' in " + q.where() + "; use: "
                            + String.join(", ", BankVocabulary.TAGS));
                } else if (!written.add(tag)) {
                    problems.add(entry, "tag '" + tag + "' is listed twice in " + q.where());
                }
            });
        }
        tags.addAll(written);
        return new ArrayList<>(tags);
    }
}
