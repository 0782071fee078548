package uk.supervisiondesk.policy.pack;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems while a pack is read, each tied to the line of the node at fault. */
final class ProblemList {
    private final String file;
    private final List<PackProblem> problems = new ArrayList<>();

    ProblemList(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Node node, String message) {
        add(lineOf(node), message);
    }

    void add(int line, String message) {
        problems.add(new PackProblem(file, line, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<PackProblem> all() {
        return List.copyOf(problems);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
