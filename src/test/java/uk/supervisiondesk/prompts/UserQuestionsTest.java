package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.yaml.YamlProblem;

/** A user's own questions, laid over the shipped bank; their ids are checked so nothing clashes. */
class UserQuestionsTest {
    private static QuestionBank shipped;

    @BeforeAll
    static void load() throws Exception {
        shipped = new QuestionBankLoader().bundled();
    }

    @Test
    void own_questions_join_shipped_groups_and_own_groups_come_last() throws Exception {
        QuestionBank merged = QuestionBank.merge(shipped, """
                format: 1
                groups:
                  - key: my-court-work
                    title: Court work
                    help: Getting ready to give evidence.
                questions:
                  - id: my-judge-first
                    group: my-court-work
                    text: What would the judge want to know first?
                    tags: [analysis, partners]
                  - id: my-body
                    group: reflection
                    text: What do you notice in your body before a visit like this one?
                """);

        QuestionGroup reflection = merged.group(Stage.REFLECTION).orElseThrow();
        assertThat(reflection.questions()).hasSize(shipped.group(Stage.REFLECTION).orElseThrow().questions().size() + 1);
        Question body = reflection.questions().get(reflection.questions().size() - 1);
        assertThat(body.id()).isEqualTo("my-body");
        assertThat(body.own()).isTrue();
        assertThat(body.stages()).containsExactly(Stage.REFLECTION);

        QuestionGroup court = merged.groups().get(merged.groups().size() - 1);
        assertThat(court.key()).isEqualTo("my-court-work");
        assertThat(court.kind()).isEqualTo(GroupKind.OWN);
        assertThat(court.questions()).singleElement().satisfies(q -> {
            assertThat(q.stages()).containsExactly(Stage.ANALYSIS);
            assertThat(q.stakeholders()).containsExactly(Stakeholder.PARTNERS);
        });
        assertThat(merged.search("judge")).extracting(Question::id).containsExactly("my-judge-first");
        assertThat(merged.questions()).hasSize(shipped.questions().size() + 2);
    }

    @Test
    void hidden_shipped_questions_are_no_longer_offered() throws Exception {
        QuestionBank merged = QuestionBank.merge(shipped, """
                format: 1
                hide: [experience-smell, experience-see-hear]
                """);

        assertThat(merged.question("experience-smell")).isEmpty();
        assertThat(merged.search("smell")).isEmpty();
        assertThat(merged.hiddenIds()).containsExactlyInAnyOrder("experience-smell", "experience-see-hear");
        assertThat(merged.questions()).hasSize(shipped.questions().size() - 2);
    }

    @Test
    void an_empty_file_or_one_of_comments_adds_nothing() throws Exception {
        assertThat(QuestionBank.merge(shipped, "").questions()).isEqualTo(shipped.questions());
        assertThat(QuestionBank.merge(shipped, "# my questions, to come\n").questions()).isEqualTo(shipped.questions());
    }

    @Test
    void an_id_that_does_not_start_with_my_is_refused_with_its_line() {
        PromptException refused = refuse("""
                format: 1
                questions:
                  - id: judge-first
                    group: analysis
                    text: What would the judge want to know first?
                """);

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "my-questions.yaml:3: the id 'judge-first' must start with 'my-', so it can never clash with a question "
                        + "shipped in a later version: 'my-judge-first'");
    }

    @Test
    void bad_ids_repeated_ids_unknown_groups_and_tags_and_hides_are_all_reported() {
        PromptException refused = refuse("""
                format: 1
                groups:
                  - key: court
                    title: Court work
                  - key: my-empty
                    title: Nothing yet
                questions:
                  - id: my-Judge
                    group: analysis
                    text: What would the judge ask?
                  - id: my-one
                    group: analysis
                    text: One?
                  - id: my-one
                    group: plan
                    text: One again?
                  - id: my-two
                    group: courtroom
                    text: Two?
                  - id: my-three
                    text: Three?
                  - id: my-four
                    group: plan
                    text: Four?
                    tags: [soon]
                hide: [experience-smells]
                """);

        assertThat(refused.problems()).extracting(YamlProblem::toString).containsExactly(
                "my-questions.yaml:3: the group key 'court' must be lower-case words joined by hyphens, starting with "
                        + "'my-', such as 'my-court-work'",
                "my-questions.yaml:8: the id 'my-Judge' must be lower-case words joined by hyphens, such as "
                        + "'my-court-evidence'",
                "my-questions.yaml:14: the id 'my-one' is already used (my-questions.yaml:11); each question needs its own id",
                "my-questions.yaml:17: there is no group 'courtroom' for question 'my-two'; use a group of your own or one "
                        + "of: " + String.join(", ", shipped.groups().stream().map(QuestionGroup::key).toList()),
                "my-questions.yaml:20: missing 'group' in question 'my-three': the key of the group it belongs in",
                "my-questions.yaml:25: unknown tag 'soon' in question 'my-four'; use: experience, reflection, analysis, "
                        + "plan, management, development, support, mediation, service-users, staff, organisation, partners",
                "my-questions.yaml:26: there is no shipped question 'experience-smells' to hide; copy its id from the "
                        + "prompts panel or from resources/prompts",
                "my-questions.yaml:1: your group 'my-empty' has no questions; add some or remove the group");
    }

    @Test
    void a_broken_file_is_refused_whole_and_named_as_given() {
        PromptException refused = catchThrowableOfType(PromptException.class, () -> QuestionBank.merge(shipped,
                "format: 1\nquestions:\n  - id: my-x\n   group: plan\n", "C:/Users/jo/my-questions.yaml"));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("C:/Users/jo/my-questions.yaml");
            assertThat(p.message()).startsWith("the file is not valid YAML");
        });
    }

    @Test
    void a_user_file_on_disk_is_laid_over_the_shipped_bank(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-questions.yaml");
        Files.writeString(file, """
                format: 1
                questions:
                  - id: my-wand
                    group: analysis
                    text: If you had a wand, what would you change first?
                """);

        QuestionBank merged = new QuestionBankLoader().withUserFile(file);

        assertThat(merged.question("my-wand")).hasValueSatisfying(q -> assertThat(q.group()).isEqualTo("analysis"));
    }

    private static PromptException refuse(String yaml) {
        PromptException refused = catchThrowableOfType(PromptException.class, () -> QuestionBank.merge(shipped, yaml));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused;
    }
}
