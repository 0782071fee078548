package uk.supervisiondesk.templates;

/** One thing wrong with a template file, printed the way compilers do: {@code file:line: problem}. */
public record TemplateProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
