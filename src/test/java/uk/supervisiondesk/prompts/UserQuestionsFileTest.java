package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Adding a question typed in the panel to the user's own file, as the bank will read it back. */
class UserQuestionsFileTest {
    private final QuestionBank shipped = shipped();

    private static QuestionBank shipped() {
        try {
            return new QuestionBankLoader().bundled();
        } catch (PromptException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFirstQuestionMakesAFileTheBankReadsWithTheQuestionInItsGroup() throws Exception {
        String file = UserQuestionsFile.withQuestion("", shipped, "reflection", "  What did you  notice in yourself? ");
        QuestionBank merged = QuestionBank.merge(shipped, file);
        Question q = merged.question("my-what-did-you-notice-in-yourself").orElseThrow();
        assertThat(q.text()).isEqualTo("What did you notice in yourself?");
        assertThat(q.own()).isTrue();
        assertThat(q.stages()).containsExactly(Stage.REFLECTION);
        assertThat(merged.group("reflection").orElseThrow().questions()).last().isEqualTo(q);
    }

    @Test
    void anotherQuestionKeepsWhatTheFileHadAndGetsAnIdOfItsOwn() throws Exception {
        String existing = """
                format: 1
                groups:
                  - key: my-court-work
                    title: Court work
                questions:
                  - id: my-judge-first
                    group: my-court-work
                    text: What would the judge want to know first?
                    tags: [analysis]
                hide: [experience-smell]
                """;
        String once = UserQuestionsFile.withQuestion(existing, shipped, "my-court-work", "What would the judge want to know first?");
        String twice = UserQuestionsFile.withQuestion(once, shipped, "plan", "What would the judge want to know first?");
        QuestionBank merged = QuestionBank.merge(shipped, twice);
        assertThat(merged.question("my-judge-first").orElseThrow().stages()).containsExactly(Stage.ANALYSIS);
        assertThat(merged.question("my-what-would-the-judge-want-to").orElseThrow().group()).isEqualTo("my-court-work");
        assertThat(merged.question("my-what-would-the-judge-want-to-2").orElseThrow().group()).isEqualTo("plan");
        assertThat(merged.hiddenIds()).containsExactly("experience-smell");
    }

    @Test
    void anEmptyQuestionOrABrokenFileIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> UserQuestionsFile.withQuestion("", shipped, "plan", "   "))
                .isInstanceOf(PromptException.class).hasMessageContaining("the question is empty");
        assertThatThrownBy(() -> UserQuestionsFile.withQuestion("format: 1\nquestions:\n  - id: court\n    group: plan\n"
                + "    text: Why?\n", shipped, "plan", "What next?"))
                .isInstanceOf(PromptException.class).hasMessageContaining("must start with 'my-'");
    }
}
