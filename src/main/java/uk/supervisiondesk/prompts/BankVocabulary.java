package uk.supervisiondesk.prompts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The words a bank file may use: id and key shapes, the tags, and which group keys each kind allows. */
final class BankVocabulary {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Ids and group keys starting with this belong to the user; the shipped bank never uses it. */
    static final String OWN_PREFIX = "my-";
    /** Tags a question may carry: the keys of the stages, functions and stakeholders. */
    static final List<String> TAGS = tags();

    private BankVocabulary() {
    }

    private static List<String> tags() {
        List<String> all = new ArrayList<>();
        Arrays.stream(Stage.values()).map(Stage::key).forEach(all::add);
        Arrays.stream(SupervisionFunction.values()).map(SupervisionFunction::key).forEach(all::add);
        Arrays.stream(Stakeholder.values()).map(Stakeholder::key).forEach(all::add);
        return List.copyOf(all);
    }

    /** For a stage, function or stakeholder group, the keys its group key must be one of; empty for other kinds. */
    static Optional<List<String>> keysFor(GroupKind kind) {
        return switch (kind) {
            case STAGE -> Optional.of(Arrays.stream(Stage.values()).map(Stage::key).toList());
            case FUNCTION -> Optional.of(Arrays.stream(SupervisionFunction.values()).map(SupervisionFunction::key).toList());
            case STAKEHOLDER -> Optional.of(Arrays.stream(Stakeholder.values()).map(Stakeholder::key).toList());
            default -> Optional.empty();
        };
    }

    /** Whether questions in a group of this kind carry the group's key as a tag. */
    static boolean groupKeyIsTag(GroupKind kind) {
        return keysFor(kind).isPresent();
    }
}
