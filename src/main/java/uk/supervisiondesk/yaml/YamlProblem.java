package uk.supervisiondesk.yaml;

/**
 * One thing wrong with a YAML file (a policy pack, a template, a question bank), printed the way
 * compilers do: {@code file:line: problem}. The message says where in the file (which key, which
 * entry), what is wrong and what to do.
 */
public record YamlProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
