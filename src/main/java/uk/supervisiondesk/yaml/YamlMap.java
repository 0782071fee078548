package uk.supervisiondesk.yaml;

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
 * One YAML mapping of a file (the file itself, a section, an entry), read key by key. Unknown and
 * repeated keys are reported with their line, so a misspelt key is never silently ignored. Every
 * problem names {@link #where()} the mapping is (for example "field 'workload'") so the user can
 * find it; the problems go to the file's {@link YamlProblems}.
 */
public final class YamlMap {
    private final MappingNode node;
    private final String where;
    private final YamlProblems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private boolean unknownKeys;

    private YamlMap(MappingNode node, String where, List<String> allowed, YamlProblems problems) {
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
                        + String.join(", ", allowed));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /**
     * Reads {@code node} as a mapping, or reports that it is not one. An unknown key is reported
     * with the {@code allowed} keys in the order given.
     */
    public static Optional<YamlMap> of(Node node, String where, List<String> allowed, YamlProblems problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, where, allowed, problems));
        }
        problems.add(node, where + " must be a set of 'key: value' lines");
        return Optional.empty();
    }

    /** As {@link #of(Node, String, List, YamlProblems)}; a set has no order, so its keys are listed alphabetically. */
    public static Optional<YamlMap> of(Node node, String where, Set<String> allowed, YamlProblems problems) {
        return of(node, where, allowed.stream().sorted().toList(), problems);
    }

    /**
     * The value under {@code key} in a mapping node, looked at before the mapping is read, so that
     * even the first problem in an entry can name it by its key.
     */
    public static Optional<Node> peek(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            return m.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()))
                    .map(NodeTuple::getValueNode)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The text of {@link #peek}, when it is a single value that is not blank. */
    public static Optional<String> peekText(Node mapping, String key) {
        return peek(mapping, key)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue().strip())
                .filter(v -> !v.isEmpty());
    }

    public Node node() {
        return node;
    }

    public String where() {
        return where;
    }

    public YamlProblems problems() {
        return problems;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Whether a key here was refused as unknown. A misspelt key usually also leaves a required one
     * missing; reporting both would say the same thing twice, so "missing" is then held back.
     */
    public boolean hasUnknownKeys() {
        return unknownKeys;
    }

    /** The node under {@code key}, or a "missing" problem on this mapping's first line. */
    public Optional<Node> require(String key) {
        Node value = values.get(key);
        if (value == null && !unknownKeys) {
            problems.add(node, "missing '" + key + "' in " + where);
        }
        return Optional.ofNullable(value);
    }

    public Optional<String> text(String key) {
        return get(key).flatMap(n -> scalar(n, "'" + key + "'"));
    }

    public Optional<String> requireText(String key) {
        return require(key).flatMap(n -> scalar(n, "'" + key + "'"));
    }

    /** Free text such as a note or a help line; empty string when absent. */
    public String optionalText(String key) {
        return text(key).orElse("");
    }

    /** A yes-or-no key; {@code false} when absent. Accepts true/false and yes/no. */
    public boolean flag(String key) {
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
                problems.add(values.get(key), "'" + key + "' in " + where + " must be true or false, not '"
                        + text.get() + "'");
                return false;
            }
        }
    }

    /** The mapping under {@code key}, read with its own allowed keys; empty when absent. */
    public Optional<YamlMap> map(String key, Set<String> allowed) {
        return get(key).flatMap(n -> of(n, "'" + key + "' in " + where, allowed, problems));
    }

    /** A list under {@code key}; empty when absent. */
    public Optional<List<Node>> list(String key) {
        return get(key).flatMap(n -> {
            if (n instanceof SequenceNode s) {
                return Optional.of(s.getValue());
            }
            problems.add(n, problems.wording().notList(key, where));
            return Optional.empty();
        });
    }

    public Optional<List<Node>> requireList(String key) {
        return require(key).flatMap(present -> list(key));
    }

    /** The text of a single value in this mapping. */
    public Optional<String> scalar(Node n) {
        return scalar(n, "a value");
    }

    /** The text of a single value; {@code what} names it in a problem, e.g. "'label'" or "an option". */
    public Optional<String> scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                problems.add(n, problems.wording().blank(what, where));
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problems.add(n, problems.wording().notSingle(what, where));
        return Optional.empty();
    }

    /** Checks {@code format: N}: a file written for a later version is refused, not misread. */
    public void requireFormat(int expected) {
        requireText("format").ifPresent(f -> {
            if (!String.valueOf(expected).equals(f)) {
                problems.add(values.get("format"), "format " + f + " is not known; this version reads format "
                        + expected);
            }
        });
    }
}
