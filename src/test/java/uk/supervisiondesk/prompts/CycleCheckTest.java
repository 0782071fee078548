package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pointing out, gently, a discussion that went from the story straight to the plan. */
class CycleCheckTest {

    @Test
    void experience_then_plan_with_nothing_between_is_pointed_out() {
        ReflectiveCoverage jumped = covering(Stage.EXPERIENCE, Stage.PLAN);

        assertThat(CycleCheck.skippedReflection(jumped)).isTrue();
        assertThat(CycleCheck.advice(jumped)).hasValueSatisfying(words -> assertThat(words)
                .contains("straight to what to do next").contains("Reflection and Analysis"));
    }

    @Test
    void the_whole_cycle_is_fine() {
        assertThat(CycleCheck.skippedReflection(covering(Stage.values()))).isFalse();
        assertThat(CycleCheck.advice(covering(Stage.values()))).isEmpty();
    }

    @Test
    void either_reflection_or_analysis_between_is_enough() {
        assertThat(CycleCheck.skippedReflection(covering(Stage.EXPERIENCE, Stage.REFLECTION, Stage.PLAN))).isFalse();
        assertThat(CycleCheck.skippedReflection(covering(Stage.EXPERIENCE, Stage.ANALYSIS, Stage.PLAN))).isFalse();
    }

    @Test
    void a_plan_alone_has_nothing_to_skip_from() {
        assertThat(CycleCheck.skippedReflection(covering(Stage.PLAN))).isFalse();
    }

    @Test
    void a_story_alone_may_just_not_be_finished() {
        assertThat(CycleCheck.skippedReflection(covering(Stage.EXPERIENCE))).isFalse();
        assertThat(CycleCheck.skippedReflection(ReflectiveCoverage.NONE)).isFalse();
    }

    private static ReflectiveCoverage covering(Stage... stages) {
        return new ReflectiveCoverage(Set.of(stages), Set.of(), Set.of());
    }
}
