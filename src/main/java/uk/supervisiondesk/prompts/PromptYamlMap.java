package uk.supervisiondesk.prompts;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of a prompts file (the file itself, a group, a question), read key by key.
 * Unknown and repeated keys are reported with their line, so a misspelt key is never silently
 * ignored. The same idea as the templates' and packs' readers, kept separate because its
 * problems belong to prompts files.
 */
final class PromptYamlMap {
    private final MappingNode node;
    private final String where;
    private final PromptProblemList problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private boolean unknownKeys;

    private PromptYamlMap(MappingNode node, String where, List<String> allowed, PromptProblemList problems) {
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

    /**
     * The file's root node; empty when the file holds nothing (only comments). A file that is not
     * YAML is noted as a problem and also gives empty.
     */
    static Optional<Node> parse(Reader text, PromptProblemList problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // repeated keys are reported with their line
        options.setMaxAliasesForCollections(20);
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(options)).compose(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(line, "the file is not valid YAML (" + e.getProblem()
                    + "); check the indentation and that each key is followed by a colon");
        } catch (YAMLException e) {
            problems.add(1, "the file could not be read as YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Reads {@code node} as a mapping, or reports that it is not one. */
    static Optional<PromptYamlMap> of(Node node, String where, List<String> allowed, PromptProblemList problems) {
        if (node instanceof MappingNode m) {
            return Optional.of(new PromptYamlMap(m, where, allowed, problems));
        }
        problems.add(node, where + " must be a set of 'key: value' lines");
        return Optional.empty();
    }

    /** The text under {@code key} in a mapping node before it is read, so a problem can name it. */
    static Optional<String> peekText(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            return m.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()))
                    .map(t -> t.getValueNode())
                    .filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue().strip())
                    .filter(v -> !v.isEmpty())
                    .findFirst();
        }
        return Optional.empty();
    }

    Node node() {
        return node;
    }

    String where() {
        return where;
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

    String optionalText(String key) {
        return text(key).orElse("");
    }

    /** A list under {@code key}; empty when absent. */
    Optional<List<Node>> list(String key) {
        return get(key).flatMap(n -> {
            if (n instanceof SequenceNode s) {
                return Optional.of(s.getValue());
            }
            problems.add(n, "'" + key + "' in " + where + " must be a list: [a, b] or lines starting with '- '");
            return Optional.empty();
        });
    }

    Optional<List<Node>> requireList(String key) {
        return require(key).flatMap(present -> list(key));
    }

    /** The text of a single value; {@code what} names it in a problem, e.g. "'text'" or "a tag". */
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

    /** Checks {@code format: 1}, the only version of the prompts formats so far. */
    void requireFormat(int expected) {
        requireText("format").ifPresent(f -> {
            if (!String.valueOf(expected).equals(f)) {
                problems.add(get("format").orElseThrow(), "format " + f + " is not known; this version reads format "
                        + expected);
            }
        });
    }
}
