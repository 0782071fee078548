package uk.supervisiondesk.yaml;

import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file into nodes, safely: no types are built from tags, and few aliases are allowed,
 * so a hostile or broken file cannot make objects or blow up in memory. Repeated keys are let
 * through here because {@link YamlMap} reports each with its line.
 */
public final class SafeYaml {
    static final int MAX_ALIASES = 20;

    private SafeYaml() {
    }

    /**
     * The file's root node; empty when the file holds nothing (only comments). A file that is not
     * YAML is noted in {@code problems} and also gives empty, so a caller can tell the two apart by
     * whether a problem was added.
     */
    public static Optional<Node> compose(Reader text, YamlProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // repeated keys are reported by YamlMap with their line
        options.setMaxAliasesForCollections(MAX_ALIASES);
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

    /**
     * As {@link #compose(Reader, YamlProblems)}, for a file that must hold something: an empty one
     * is a problem too, "the file is empty; " followed by {@code whatItNeeds}, such as "a bank file
     * needs 'format' and 'groups'". Empty exactly when a problem was added.
     */
    public static Optional<Node> composeRequired(Reader text, YamlProblems problems, String whatItNeeds) {
        Optional<Node> root = compose(text, problems);
        if (root.isEmpty() && problems.isEmpty()) {
            problems.add(1, "the file is empty; " + whatItNeeds);
        }
        return root;
    }
}
