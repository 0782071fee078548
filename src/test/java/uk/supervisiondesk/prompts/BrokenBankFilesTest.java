package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.supervisiondesk.yaml.YamlProblem;

/** Each fixture under src/test/resources/prompts-broken/ has exactly one fault, reported as file:line. */
class BrokenBankFilesTest {
    private final QuestionBankLoader loader = new QuestionBankLoader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate-id.yaml          | 10 | the id 'reflection-one' is already used (
            unknown-tag.yaml           | 12 | unknown tag 'service-user' in question 'reflection-two'; use: experience, reflection,
            unknown-kind.yaml          | 4  | unknown kind 'stages' in group 'reflection'; use one of: stage, function, stakeholder,
            stage-key-not-a-stage.yaml | 3  | a stage group's key must be one of: experience, reflection, analysis, plan; not 'feelings'
            bad-id.yaml                | 10 | the id 'Reflection Two' must be lower-case words joined by hyphens
            shipped-own-id.yaml        | 10 | the id 'my-reflection-two' starts with 'my-', which is kept for users' own questions
            unknown-key.yaml           | 11 | unknown key 'txt' in question 'reflection-two'; allowed here: id, text, tags
            missing-help.yaml          | 3  | missing 'help' in group 'reflection'
            bad-format.yaml            | 1  | format 3 is not known; this version reads format 1
            repeated-tag.yaml          | 12 | tag 'service-users' is listed twice in question 'reflection-two'
            bad-syntax.yaml            | 12 | the file is not valid YAML
            empty.yaml                 | 1  | the file is empty; a bank file needs 'format' and 'groups'
            """)
    void a_broken_bank_file_is_refused_naming_file_line_and_problem(String file, int line, String problem) {
        Path path = fixture(file);

        PromptException refused = catchThrowableOfType(PromptException.class, () -> loader.fromFile(path));

        assertThat(refused).as("%s should be refused", file).isNotNull();
        assertThat(refused.problems()).as("one problem in %s", file).hasSize(1);
        YamlProblem only = refused.problems().get(0);
        assertThat(only.file()).isEqualTo(path.toString());
        assertThat(only.line()).isEqualTo(line);
        assertThat(only.toString()).startsWith(path + ":" + line + ": " + problem);
        assertThat(refused.getMessage()).isEqualTo(only.toString());
    }

    @Test
    void a_repeated_id_names_where_it_was_first_used() {
        Path path = fixture("duplicate-id.yaml");

        PromptException refused = catchThrowableOfType(PromptException.class, () -> loader.fromFile(path));

        assertThat(refused.problems().get(0).message()).contains("(" + path + ":8)");
    }

    @Test
    void every_problem_in_a_file_is_reported_at_once() {
        String yaml = """
                format: 1
                groups:
                  - key: plans
                    kind: stage
                    title: Plan
                    help: What next.
                    questions:
                      - id: plan-next
                        text: What next?
                        tags: [soon]
                  - key: gender
                    kind: difference
                    title: Gender
                    questions: []
                """;

        PromptException refused = catchThrowableOfType(PromptException.class, () -> loader.fromText(yaml, "bank.yaml"));

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "bank.yaml:3: a stage group's key must be one of: experience, reflection, analysis, plan; not 'plans'",
                "bank.yaml:10: unknown tag 'soon' in question 'plan-next'; use: experience, reflection, analysis, plan, "
                        + "management, development, support, mediation, service-users, staff, organisation, partners",
                "bank.yaml:11: missing 'help' in group 'gender'",
                "bank.yaml:14: 'questions' in group 'gender' is empty; a group needs at least one question");
    }

    @Test
    void a_difference_or_emotion_group_may_have_any_key() throws Exception {
        String yaml = """
                format: 1
                groups:
                  - key: neurodiversity
                    kind: difference
                    title: Neurodiversity
                    help: Different ways of thinking and processing.
                    questions:
                      - id: neurodiversity-family
                        text: How does each person in the family take in information best?
                """;

        QuestionBank bank = loader.fromText(yaml, "bank.yaml");

        assertThat(bank.group("neurodiversity").orElseThrow().questions()).singleElement()
                .satisfies(q -> assertThat(q.tags()).isEmpty());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(BrokenBankFilesTest.class.getResource("/prompts-broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
