package uk.supervisiondesk.prompts;

import java.util.List;
import java.util.stream.Collectors;

/** A question bank or KSS file that was refused, with every problem found in it, so all can be fixed in one go. */
public class PromptException extends Exception {
    private final transient List<PromptProblem> problems;

    public PromptException(List<PromptProblem> problems) {
        super(problems.stream().map(PromptProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<PromptProblem> problems() {
        return problems;
    }
}
