package uk.supervisiondesk.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

/** The shared loader: broken files are reported with their line, never thrown at the caller. */
class SafeYamlTest {
    private final YamlProblems problems = new YamlProblems("prompts/bank.yaml");

    private Optional<Node> compose(String text) {
        return SafeYaml.compose(new StringReader(text), problems);
    }

    @Test
    void aFileOfCommentsOnlyIsEmptyWithoutAProblem() {
        assertThat(compose("# nothing here yet\n")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aFileThatMustHoldSomethingSaysWhatItNeedsWhenEmpty() {
        assertThat(SafeYaml.composeRequired(new StringReader("# only a comment\n"), problems,
                "a bank file needs 'format' and 'groups'")).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "prompts/bank.yaml:1: the file is empty; a bank file needs 'format' and 'groups'");
    }

    @Test
    void aFileThatMustHoldSomethingButIsNotYamlIsReportedOnceNotAlsoAsEmpty() {
        assertThat(SafeYaml.composeRequired(new StringReader("a: [unclosed\n"), problems, "it needs 'sets'")).isEmpty();

        assertThat(problems.all()).singleElement().extracting(YamlProblem::message).asString()
                .startsWith("the file is not valid YAML (");
    }

    @Test
    void aFileThatCouldNotBeReadSaysWhy() {
        assertThat(YamlProblem.unreadable("policies/x.yaml", new IOException("Permission denied")))
                .hasToString("policies/x.yaml:1: the file could not be read (Permission denied)");
    }

    @Test
    void aFileThatIsNotYamlIsReportedAtTheLineOfTheFault() {
        assertThat(compose("""
                format: 1
                groups:
                  - key: one
                 bad: indentation
                """)).isEmpty();

        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("prompts/bank.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("the file is not valid YAML (")
                    .endsWith("); check the indentation and that each key is followed by a colon");
        });
    }

    @Test
    void repeatedKeysAreLetThroughForYamlMapToReportWithTheirLine() {
        assertThat(compose("a: 1\na: 2\n")).isPresent();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aFileWithManyAliasesIsRefusedRatherThanExpanded() {
        StringBuilder text = new StringBuilder("base: &b [x, y]\nmany:\n");
        for (int i = 0; i <= SafeYaml.MAX_ALIASES; i++) {
            text.append("  - *b\n");
        }

        assertThat(compose(text.toString())).isEmpty();
        assertThat(problems.all()).singleElement().extracting(YamlProblem::message).asString()
                .startsWith("the file could not be read as YAML: ");
    }

    @Test
    void aFewAliasesAreStillAllowed() {
        assertThat(compose("base: &b [x, y]\nagain: *b\n")).isPresent();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aRefusedFileListsEveryProblemOnItsOwnLineTheWayCompilersDo() {
        problems.add(3, "missing 'title' in the file");
        problems.add(7, "unknown key 'x' in group 'a'");
        YamlFileException refused = new YamlFileException(problems.all()) { };

        assertThat(refused.getMessage()).isEqualTo("prompts/bank.yaml:3: missing 'title' in the file"
                + System.lineSeparator() + "prompts/bank.yaml:7: unknown key 'x' in group 'a'");
        assertThat(refused.problems()).extracting(YamlProblem::line).isEqualTo(List.of(3, 7));
    }
}
