package uk.supervisiondesk.policy.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of a pack, read key by key. Unknown and repeated keys are reported with the
 * line they are on, so a typing slip in a key name is never silently ignored.
 */
final class YamlMap {
    private final MappingNode node;
    private final String where;
    private final ProblemList problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private boolean unknownKeys;

    private YamlMap(MappingNode node, String where, Set<String> allowed, ProblemList problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                problems.add(keyNode, "a key in " + where + " must be a plain word");
            } else if (values.containsKey(key)) {
                problems.add(keyNode, "'" + key + "' appears twice in " + where + "; keep one");
            } else if (!allowed.contains(key)) {
                unknownKeys = true;
                problems.add(keyNode, "unknown key '" + key + "' in " + where + "; allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that it is not one. */
    static Optional<YamlMap> of(Node node, String where, Set<String> allowed, ProblemList problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, where, allowed, problems));
        }
        problems.add(node, where + " must be a set of 'key: value' lines");
        return Optional.empty();
    }

    Node node() {
        return node;
    }

    String where() {
        return where;
    }

    ProblemList problems() {
        return problems;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Whether a key here was refused as unknown. A misspelt key usually also leaves a required one
     * missing; reporting both would say the same thing twice, so "missing" is then held back.
     */
    boolean hasUnknownKeys() {
        return unknownKeys;
    }

    /** The node under {@code key}, or a "missing" problem on this mapping's first line. */
    Optional<Node> require(String key) {
        Node value = values.get(key);
        if (value == null && !unknownKeys) {
            problems.add(node, "missing '" + key + "' in " + where);
        }
        return Optional.ofNullable(value);
    }

    Optional<String> text(String key) {
        return get(key).flatMap(this::scalar);
    }

    Optional<String> requireText(String key) {
        return require(key).flatMap(this::scalar);
    }

    /** Free text such as a note; empty string when absent. */
    String optionalText(String key) {
        return text(key).orElse("");
    }

    Optional<YamlMap> map(String key, Set<String> allowed) {
        return get(key).flatMap(n -> of(n, "'" + key + "' in " + where, allowed, problems));
    }

    Optional<List<Node>> list(String key) {
        return get(key).flatMap(n -> {
            if (n instanceof SequenceNode s) {
                return Optional.of(s.getValue());
            }
            problems.add(n, "'" + key + "' in " + where + " must be a list (lines starting with '- ')");
            return Optional.empty();
        });
    }

    Optional<String> scalar(Node n) {
        if (n instanceof ScalarNode s) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                problems.add(n, "a value is missing in " + where);
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problems.add(n, "expected a single value in " + where + ", not a list or a block");
        return Optional.empty();
    }
}
