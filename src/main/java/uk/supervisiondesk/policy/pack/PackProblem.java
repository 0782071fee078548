package uk.supervisiondesk.policy.pack;

/** One thing wrong with a pack file, printed the way compilers do: {@code file:line: problem}. */
public record PackProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
