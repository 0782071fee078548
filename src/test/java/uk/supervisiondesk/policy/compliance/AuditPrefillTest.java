package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggested answers for the supervision file audit, from what the app already knows. */
class AuditPrefillTest {
    private static final LocalDate AUDIT = LocalDate.of(2026, 11, 23);

    @Test
    void a_file_in_good_order_gets_yes_throughout_with_what_was_found() {
        Map<String, AuditSuggestion> s = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.of(LocalDate.of(2026, 2, 2)),
                Optional.of(LocalDate.of(2027, 2, 2)), 12, 12, 12, 12, 12, 2, 0, 2, 3));

        assertThat(s.keySet()).containsExactlyElementsOf(AuditPrefill.ITEMS);
        assertThat(s.values()).allSatisfy(a -> assertThat(a.answer()).isEqualTo("Yes"));
        assertThat(s.get(AuditPrefill.AGREEMENT_ON_FILE).comment()).isEqualTo("The agreement dated 02/02/2026 is on file.");
        assertThat(s.get(AuditPrefill.IN_TIMESCALE).comment())
                .isEqualTo("12 of the 12 sessions the policy asks for in the last 12 months were held.");
        assertThat(s.get(AuditPrefill.RECORDED).comment()).isEqualTo("All 12 sessions held have a completed record.");
        assertThat(s.get(AuditPrefill.SIGNED).comment()).isEqualTo("All 12 records are signed by both.");
        assertThat(s.get(AuditPrefill.ACTIONS_COMPLETED).comment())
                .isEqualTo("No agreed action is overdue; 2 are still open and in date.");
        assertThat(s.get(AuditPrefill.OBSERVATIONS).comment())
                .isEqualTo("3 observations of practice in the last 12 months; the policy asks for 2.");
    }

    @Test
    void gaps_are_answered_no_and_say_how_far_short() {
        Map<String, AuditSuggestion> s = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.empty(), Optional.empty(),
                12, 9, 8, 6, 4, 3, 1, 8, 1));

        assertThat(s.values()).allSatisfy(a -> assertThat(a.yes()).isFalse());
        assertThat(s.get(AuditPrefill.AGREEMENT_ON_FILE).comment()).isEqualTo("No supervision agreement is on file.");
        assertThat(s.get(AuditPrefill.IN_TIMESCALE).comment())
                .isEqualTo("9 of the 12 sessions the policy asks for in the last 12 months were held; 3 sessions short.");
        assertThat(s.get(AuditPrefill.RECORDED).comment()).isEqualTo("1 of the 9 sessions held has no completed record.");
        assertThat(s.get(AuditPrefill.SIGNED).comment())
                .isEqualTo("2 of 8 records are not yet signed by both; 2 of the signed ones were signed after the deadline.");
        assertThat(s.get(AuditPrefill.ACTIONS_COMPLETED).comment()).isEqualTo("1 agreed action is past the date set and not done.");
        assertThat(s.get(AuditPrefill.OBSERVATIONS).comment())
                .isEqualTo("1 observation of practice in the last 12 months; the policy asks for 8.");
    }

    @Test
    void an_agreement_past_its_review_is_on_file_but_the_comment_says_so() {
        AuditSuggestion agreement = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.of(LocalDate.of(2026, 6, 1)), 12, 12, 12, 12, 12, 0, 0, 0, 0)).get(AuditPrefill.AGREEMENT_ON_FILE);

        assertThat(agreement.yes()).isTrue();
        assertThat(agreement.comment()).isEqualTo(
                "The agreement dated 01/06/2025 is on file; its review was due on 01/06/2026 and has not been done.");
    }

    @Test
    void late_signatures_do_not_turn_a_signed_file_into_a_no_but_are_mentioned() {
        AuditSuggestion signed = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.empty(), Optional.empty(),
                12, 12, 12, 12, 11, 0, 0, 0, 0)).get(AuditPrefill.SIGNED);

        assertThat(signed.yes()).isTrue();
        assertThat(signed.comment()).isEqualTo("All 12 records are signed by both; 1 of the signed ones was signed after the deadline.");
    }

    @Test
    void items_with_nothing_to_judge_by_are_left_to_the_auditor() {
        Map<String, AuditSuggestion> s = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.empty(), Optional.empty(),
                0, 0, 0, 0, 0, 0, 0, 0, 0));

        assertThat(s).doesNotContainKeys(AuditPrefill.IN_TIMESCALE, AuditPrefill.OBSERVATIONS);
        assertThat(s.get(AuditPrefill.RECORDED).comment()).isEqualTo("No session was held in the last 12 months, so none is recorded.");
        assertThat(s.get(AuditPrefill.SIGNED).comment()).isEqualTo("There are no records to sign.");
        assertThat(s.get(AuditPrefill.ACTIONS_COMPLETED).comment()).isEqualTo("No agreed action is outstanding.");
    }

    @Test
    void suggestions_become_a_checklist_value_for_the_items_a_field_has() {
        Map<String, AuditSuggestion> s = AuditPrefill.suggest(new AuditFacts(AUDIT, Optional.empty(), Optional.empty(),
                12, 12, 12, 12, 12, 0, 0, 0, 0));

        Map<String, Object> recording = AuditPrefill.checklistValue(List.of(AuditPrefill.RECORDED, AuditPrefill.SIGNED,
                "Something only the auditor can judge"), s);

        assertThat(recording).containsExactly(
                Map.entry(AuditPrefill.RECORDED, Map.of("answer", "Yes", "comment", "All 12 sessions held have a completed record.")),
                Map.entry(AuditPrefill.SIGNED, Map.of("answer", "Yes", "comment", "All 12 records are signed by both.")));
    }

    @Test
    void counts_that_cannot_be_true_are_refused() {
        assertThatThrownBy(() -> new AuditFacts(AUDIT, Optional.empty(), Optional.empty(), 12, 5, 6, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditFacts(AUDIT, Optional.empty(), Optional.empty(), 12, 5, 5, 5, 5, 1, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
