package uk.supervisiondesk.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import uk.supervisiondesk.yaml.YamlMap;
import uk.supervisiondesk.yaml.YamlProblems;

/**
 * Reads one field of a template and checks that it carries exactly what its type needs: a choice
 * its options, a checklist its items, a question pair its question, and nothing belonging to
 * another type (so a misplaced key is reported instead of silently doing nothing).
 */
final class FieldReader {
    private static final List<String> FIELD_KEYS = List.of("key", "label", "type", "required",
            "preparedBySupervisee", "reflective", "help", "options", "items", "question", "source");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final String TYPE_KEYS =
            String.join(", ", Arrays.stream(FieldType.values()).map(FieldType::key).toList());

    private final YamlProblems problems;

    FieldReader(YamlProblems problems) {
        this.problems = problems;
    }

    /** The field, or empty when its key, label or type could not be read (the problem is already noted). */
    Optional<TemplateField> read(Node node, String sectionWhere) {
        String where = YamlMap.peekText(node, "key").map(k -> "field '" + k + "'").orElse("a field of " + sectionWhere);
        Optional<YamlMap> read = YamlMap.of(node, where, FIELD_KEYS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap field = read.get();
        Optional<String> key = camelCaseKey(field, "field");
        Optional<String> label = field.requireText("label");
        Optional<FieldType> type = field.requireText("type").flatMap(t -> typeOf(t, field));
        boolean required = field.flag("required");
        boolean preparedBySupervisee = field.flag("preparedBySupervisee");
        boolean reflective = field.flag("reflective");
        List<String> options = type.map(t -> listFor(field, "options", t, FieldType.CHOICE, 2,
                "the answers to choose from")).orElse(List.of());
        List<String> items = type.map(t -> listFor(field, "items", t, FieldType.CHECKLIST, 1,
                "the things to check")).orElse(List.of());
        String question = type.map(t -> questionFor(field, t)).orElse("");
        type.filter(t -> reflective && t != FieldType.LONG_TEXT).ifPresent(t -> problems.add(field.get("reflective").orElseThrow(),
                "only a longText field can be reflective (it offers the prompts panel beside the notes); "
                        + where + " is " + t.key()));
        if (key.isEmpty() || label.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TemplateField(key.get(), label.get(), type.get(), field.optionalText("help"), required,
                preparedBySupervisee, reflective, options, items, question, field.optionalText("source")));
    }

    /**
     * The {@code key} of a section or field: one camelCase word, because it becomes the name of the
     * value in stored records and record.json. {@code what} is "section" or "field".
     */
    static Optional<String> camelCaseKey(YamlMap map, String what) {
        return map.requireText("key").filter(k -> {
            if (CAMEL_CASE.matcher(k).matches()) {
                return true;
            }
            map.problems().add(map.get("key").orElseThrow(), "the " + what + " key '" + k
                    + "' must be one word in camelCase, such as 'nextMeeting'");
            return false;
        });
    }

    private Optional<FieldType> typeOf(String text, YamlMap field) {
        Optional<FieldType> type = FieldType.fromKey(text);
        if (type.isEmpty()) {
            problems.add(field.get("type").orElseThrow(), "unknown field type '" + text + "' in " + field.where()
                    + "; use one of: " + TYPE_KEYS);
        }
        return type;
    }

    /** The options or items list: required for the type it belongs to, refused on any other type. */
    private List<String> listFor(YamlMap field, String listKey, FieldType type, FieldType owner,
                                 int fewest, String whatItHolds) {
        if (type != owner) {
            field.get(listKey).ifPresent(n -> problems.add(n, "'" + listKey + "' belongs only to a " + owner.key()
                    + " field; " + field.where() + " is " + type.key()));
            return List.of();
        }
        if (!field.has(listKey)) {
            problems.add(field.node(), field.where() + " is a " + owner.key() + " and needs '" + listKey + "': "
                    + whatItHolds);
            return List.of();
        }
        Optional<List<Node>> entries = field.list(listKey);
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node entry : entries.get()) {
            field.scalar(entry, "an entry of '" + listKey + "'").ifPresent(value -> {
                if (!seen.add(value)) {
                    problems.add(entry, "'" + value + "' is listed twice in '" + listKey + "' of " + field.where());
                }
                values.add(value);
            });
        }
        if (entries.get().size() < fewest) {
            problems.add(field.get(listKey).orElseThrow(), field.where() + " needs at least "
                    + (fewest == 1 ? "one entry" : fewest + " entries") + " in '" + listKey + "' (" + whatItHolds + ")");
        }
        return values;
    }

    private String questionFor(YamlMap field, FieldType type) {
        if (type != FieldType.QUESTION_PAIR) {
            field.get("question").ifPresent(n -> problems.add(n, "'question' belongs only to a questionPair field; "
                    + field.where() + " is " + type.key()));
            return "";
        }
        if (!field.has("question")) {
            problems.add(field.node(), field.where() + " is a questionPair and needs 'question': what the supervisee is asked");
            return "";
        }
        return field.text("question").orElse("");
    }
}
