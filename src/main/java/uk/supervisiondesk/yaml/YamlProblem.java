package uk.supervisiondesk.yaml;

import java.io.IOException;

/**
 * One thing wrong with a YAML file (a policy pack, a template, a question bank), printed the way
 * compilers do: {@code file:line: problem}. The message says where in the file (which key, which
 * entry), what is wrong and what to do.
 */
public record YamlProblem(String file, int line, String message) {

    /** The whole file could not be read from disk or from the application, so nothing in it was checked. */
    public static YamlProblem unreadable(String file, IOException e) {
        return new YamlProblem(file, 1, "the file could not be read (" + e.getMessage() + ")");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
