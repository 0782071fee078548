package uk.supervisiondesk.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * A tracker file was refused and nothing was written. {@link #problems()} lists every problem found,
 * ordered by line, so the user can correct the whole file in one pass.
 */
public final class ImportRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which part of the file is wrong, which decides how the refusal is summed up. */
    public enum Scope {
        /** The bytes could not be read as CSV at all. */
        NOT_CSV,
        /** The header row lacks a required column, or names one twice. */
        HEADER,
        /** One or more data rows are wrong. */
        ROWS
    }

    private final transient Path file;
    private final Scope scope;
    private final List<ImportProblem> problems;

    ImportRejectedException(Path file, Scope scope, List<ImportProblem> problems) {
        super(file + " was not imported: " + summary(scope, problems) + ". Nothing was changed.");
        this.file = file;
        this.scope = scope;
        this.problems = problems.stream().sorted(ImportProblem.BY_LINE).toList();
    }

    public Path file() {
        return file;
    }

    public Scope scope() {
        return scope;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many different lines have a problem. */
    public long rowsWithProblems() {
        return problems.stream().mapToInt(ImportProblem::line).distinct().count();
    }

    private static String summary(Scope scope, List<ImportProblem> problems) {
        return switch (scope) {
            case NOT_CSV -> "it could not be read as CSV";
            case HEADER -> "its header row has problems";
            case ROWS -> {
                long rows = problems.stream().mapToInt(ImportProblem::line).distinct().count();
                yield rows == 1 ? (problems.size() == 1 ? "1 row has a problem" : "1 row has problems")
                        : rows + " rows have problems";
            }
        };
    }
}
