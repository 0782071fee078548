package uk.supervisiondesk.templates;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems while a template is read, each tied to the line of the node at fault. */
final class TemplateProblemList {
    private final String file;
    private final List<TemplateProblem> problems = new ArrayList<>();

    TemplateProblemList(String file) {
        this.file = file;
    }

    void add(Node node, String message) {
        add(lineOf(node), message);
    }

    void add(int line, String message) {
        problems.add(new TemplateProblem(file, line, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<TemplateProblem> all() {
        return List.copyOf(problems);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
