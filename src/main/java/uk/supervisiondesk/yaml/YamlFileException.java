package uk.supervisiondesk.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A YAML file that was refused, with every problem found in it, so all can be fixed in one go.
 * Each kind of file has its own subclass, so a caller can tell a refused pack from a refused template.
 */
public abstract class YamlFileException extends Exception {
    private final transient List<YamlProblem> problems;

    protected YamlFileException(List<YamlProblem> problems) {
        super(problems.stream().map(YamlProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<YamlProblem> problems() {
        return problems;
    }
}
