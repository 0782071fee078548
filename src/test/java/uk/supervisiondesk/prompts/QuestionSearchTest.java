package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The panel's search box: every word, any order, any case, across the text, tags and group title. */
class QuestionSearchTest {
    private static QuestionBank bank;

    @BeforeAll
    static void load() throws Exception {
        bank = new QuestionBankLoader().bundled();
    }

    @Test
    void words_match_in_any_order_and_any_case() {
        assertThat(bank.search("FRONT door")).extracting(Question::id).containsExactly("reflection-front-door");
        assertThat(bank.search("door front")).extracting(Question::id).containsExactly("reflection-front-door");
    }

    @Test
    void a_word_matches_the_start_of_a_longer_one() {
        assertThat(bank.search("smel")).extracting(Question::id).containsExactly("experience-smell");
        assertThat(bank.search("feel")).extracting(Question::id).contains("reflection-about-child",
                "reflection-strongest-feelings", "emotion-harder");
    }

    @Test
    void a_word_does_not_match_inside_another() {
        // "plan" is inside "explain": only real plan words count, and the Plan group's own questions.
        assertThat(bank.search("plan")).allSatisfy(q -> assertThat(q.tags().contains("plan")
                || q.text().toLowerCase().matches(".*\\bplan.*")).as(q.id()).isTrue());
    }

    @Test
    void tags_are_searched_so_a_stakeholder_finds_its_questions_in_every_group() {
        assertThat(bank.search("partners")).extracting(Question::id)
                .contains("experience-other-agencies", "reflection-network", "partners-sharing")
                .allSatisfy(id -> assertThat(bank.question(id).orElseThrow().tags().contains("partners")
                        || bank.question(id).orElseThrow().text().toLowerCase().contains("partner")).isTrue());
        assertThat(bank.search("mediation disagreement")).extracting(Question::id)
                .containsExactly("analysis-disagreement", "mediation-disagreement");
    }

    @Test
    void the_group_title_is_searched_so_a_grraacceess_dimension_finds_its_prompts() {
        assertThat(bank.search("spirituality")).extracting(Question::group).containsOnly("spirituality");
        assertThat(bank.search("spirituality")).hasSize(2);
    }

    @Test
    void punctuation_and_apostrophes_do_not_get_in_the_way() {
        assertThat(bank.search("child's plan?")).extracting(Question::id).contains("plan-childs-plan");
    }

    @Test
    void blank_text_gives_every_question_and_nonsense_gives_none() {
        assertThat(bank.search("  ")).hasSameSizeAs(bank.questions());
        assertThat(bank.search(null)).hasSameSizeAs(bank.questions());
        assertThat(bank.search("zebra crossing")).isEmpty();
    }

    @Test
    void results_come_in_bank_order() {
        assertThat(bank.search("worr")).extracting(Question::id).containsSubsequence("experience-main-worry",
                "analysis-how-worried", "analysis-most-worried-child");
    }
}
