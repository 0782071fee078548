package uk.supervisiondesk.importing;

import java.util.Comparator;

/** Why one line of a tracker file cannot be imported, in words a manager can act on. */
public record ImportProblem(int line, String message) {
    /** By line, keeping each line's problems in the order they were found. */
    public static final Comparator<ImportProblem> BY_LINE = Comparator.comparingInt(ImportProblem::line);

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
