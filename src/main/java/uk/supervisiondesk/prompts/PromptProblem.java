package uk.supervisiondesk.prompts;

/** One thing wrong with a question bank file, printed the way compilers do: {@code file:line: problem}. */
public record PromptProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
