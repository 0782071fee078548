package uk.supervisiondesk.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of a template (the template itself, a section or a field), read key by key.
 * Unknown and repeated keys are reported with their line, so a misspelt key is never silently
 * ignored. The same idea as the policy packs' reader, kept separate because its problems belong
 * to template files.
 */
final class TemplateYamlMap {
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private final MappingNode node;
    private final String where;
    private final TemplateProblemList problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private boolean unknownKeys;

    private TemplateYamlMap(MappingNode node, String where, List<String> allowed, TemplateProblemList problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
        for (var tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                problems.add(keyNode, "a key in " + where + " must be a plain word");
            } else if (values.containsKey(key)) {
                problems.add(keyNode, "'" + key + "' appears twice in " + where + "; keep one");
            } else if (!allowed.contains(key)) {
                unknownKeys = true;
                problems.add(keyNode, "unknown key '" + key + "' in " + where + "; allowed here: "
                        + String.join(", ", allowed));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that it is not one. */
    static Optional<TemplateYamlMap> of(Node node, String where, List<String> allowed, TemplateProblemList problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new TemplateYamlMap(m, where, allowed, problems));
        }
        problems.add(node, where + " must be a set of 'key: value' lines");
        return Optional.empty();
    }

    /**
     * The value under {@code key} in a mapping node, looked at before the mapping is read, so that
     * even the first problem in a section or field can name it by its key.
     */
    static Optional<Node> peek(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            return m.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()))
                    .map(t -> t.getValueNode())
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The text of {@link #peek}, when it is a single value that is not blank. */
    static Optional<String> peekText(Node mapping, String key) {
        return peek(mapping, key)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue().strip())
                .filter(v -> !v.isEmpty());
    }

    Node node() {
        return node;
    }

    String where() {
        return where;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The node under {@code key}, or a "missing" problem on this mapping's first line. A misspelt
     * key usually also leaves a required one missing; saying both would report one slip twice, so
     * "missing" is held back when a key here was refused as unknown.
     */
    Optional<Node> require(String key) {
        Node value = values.get(key);
        if (value == null && !unknownKeys) {
            problems.add(node, "missing '" + key + "' in " + where);
        }
        return Optional.ofNullable(value);
    }

    Optional<String> text(String key) {
        return get(key).flatMap(n -> scalar(n, "'" + key + "'"));
    }

    Optional<String> requireText(String key) {
        return require(key).flatMap(n -> scalar(n, "'" + key + "'"));
    }

    /**
     * The {@code key} of a section or field: one camelCase word, because it becomes the name of the
     * value in stored records and record.json. {@code what} is "section" or "field".
     */
    Optional<String> requireCamelCaseKey(String what) {
        return requireText("key").filter(k -> {
            if (CAMEL_CASE.matcher(k).matches()) {
                return true;
            }
            problems.add(values.get("key"), "the " + what + " key '" + k
                    + "' must be one word in camelCase, such as 'nextMeeting'");
            return false;
        });
    }

    /** Free text such as a help line; empty string when absent. */
    String optionalText(String key) {
        return text(key).orElse("");
    }

    /** A yes-or-no key; {@code false} when absent. Accepts true/false and yes/no. */
    boolean flag(String key) {
        Optional<Node> value = get(key);
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return false;
        }
        switch (text.get()) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                problems.add(value.get(), "'" + key + "' in " + where + " must be true or false, not '" + text.get() + "'");
                return false;
            }
        }
    }

    Optional<List<Node>> list(String key) {
        return get(key).flatMap(n -> {
            if (n instanceof SequenceNode s) {
                return Optional.of(s.getValue());
            }
            problems.add(n, "'" + key + "' in " + where + " must be a list: [a, b] or lines starting with '- '");
            return Optional.empty();
        });
    }

    /** The text of a single value; {@code what} names it in a problem, e.g. "'label'" or "an option". */
    Optional<String> scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                problems.add(n, what + " in " + where + " has no value");
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problems.add(n, what + " in " + where + " must be a single value, not a list or a block");
        return Optional.empty();
    }
}
