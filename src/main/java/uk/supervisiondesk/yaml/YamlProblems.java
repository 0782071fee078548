package uk.supervisiondesk.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems found while one file is read, each tied to the line of the node at fault,
 * so that all of them can be shown and fixed in one go. It also carries how the file's format words
 * a value that is blank or of the wrong shape ({@link ValueWording}).
 */
public final class YamlProblems {
    private final String file;
    private final ValueWording wording;
    private final List<YamlProblem> problems = new ArrayList<>();

    /** Problems of {@code file}, with values named by their key ({@link ValueWording#NAMING}). */
    public YamlProblems(String file) {
        this(file, ValueWording.NAMING);
    }

    public YamlProblems(String file, ValueWording wording) {
        this.file = file;
        this.wording = wording;
    }

    public String file() {
        return file;
    }

    public ValueWording wording() {
        return wording;
    }

    public void add(Node node, String message) {
        add(lineOf(node), message);
    }

    public void add(int line, String message) {
        problems.add(new YamlProblem(file, line, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<YamlProblem> all() {
        return List.copyOf(problems);
    }

    /** The 1-based line a node starts on; 1 when the node has no position. */
    public static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
