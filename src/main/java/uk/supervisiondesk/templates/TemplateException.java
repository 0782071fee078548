package uk.supervisiondesk.templates;

import java.util.List;
import java.util.stream.Collectors;

/** A template file that was refused, with every problem found in it, so all can be fixed in one go. */
public class TemplateException extends Exception {
    private final transient List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super(problems.stream().map(TemplateProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
