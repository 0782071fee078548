package uk.supervisiondesk.prompts;

import java.util.List;
import java.util.Objects;

/**
 * A titled set of questions in the prompts panel: one stage of the cycle, one function, one
 * stakeholder, one dimension of the social GRRAACCEESS, responding to emotion, or a user's own.
 *
 * @param key   the group's key; for a stage, function or stakeholder, that one's key
 * @param title the name shown in the panel
 * @param help  one line saying what the group is about
 */
public record QuestionGroup(String key, GroupKind kind, String title, String help, List<Question> questions) {

    public QuestionGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        help = help == null ? "" : help;
        questions = List.copyOf(questions);
    }

    QuestionGroup withQuestions(List<Question> replaced) {
        return new QuestionGroup(key, kind, title, help, replaced);
    }
}
