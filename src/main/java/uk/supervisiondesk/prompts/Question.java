package uk.supervisiondesk.prompts;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One question of the bank.
 *
 * @param id    stable, lower-case words joined by hyphens; a user's own ids start with "my-"
 * @param group the key of the group it sits in
 * @param text  the question as it is put to the supervisee and dropped into the notes
 * @param tags  the stages, functions and stakeholders it touches, by key, in the order written;
 *              a question in a stage, function or stakeholder group carries that group's key too
 * @param own   added by the user, not shipped
 */
public record Question(String id, String group, String text, List<String> tags, boolean own) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(text, "text");
        tags = List.copyOf(tags);
    }

    /** The stages of the cycle this question belongs to: asking it covers them. */
    public Set<Stage> stages() {
        return keyed(Stage.class, Stage::fromKey);
    }

    /** The functions of supervision this question serves. */
    public Set<SupervisionFunction> functions() {
        return keyed(SupervisionFunction.class, SupervisionFunction::fromKey);
    }

    public Set<Stakeholder> stakeholders() {
        return keyed(Stakeholder.class, Stakeholder::fromKey);
    }

    private <E extends Enum<E>> Set<E> keyed(Class<E> type, Function<String, Optional<E>> fromKey) {
        Set<E> out = EnumSet.noneOf(type);
        tags.forEach(t -> fromKey.apply(t).ifPresent(out::add));
        return out;
    }
}
