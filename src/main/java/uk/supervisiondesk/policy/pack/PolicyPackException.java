package uk.supervisiondesk.policy.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that was refused, with every problem found in it, so all can be fixed in one go. */
public class PolicyPackException extends Exception {
    private final transient List<PackProblem> problems;

    public PolicyPackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
