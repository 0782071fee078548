package uk.supervisiondesk.prompts;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems while a file is read, each tied to the line of the node at fault. */
final class PromptProblemList {
    private final String file;
    private final List<PromptProblem> problems = new ArrayList<>();

    PromptProblemList(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Node node, String message) {
        add(lineOf(node), message);
    }

    void add(int line, String message) {
        problems.add(new PromptProblem(file, line, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<PromptProblem> all() {
        return List.copyOf(problems);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
