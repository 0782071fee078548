package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a discussion covered, kept in a record's values under "reflection". */
class ReflectiveCoverageTest {
    private static final ReflectiveCoverage FULL = new ReflectiveCoverage(
            Set.of(Stage.PLAN, Stage.EXPERIENCE, Stage.ANALYSIS),
            Set.of(SupervisionFunction.SUPPORT, SupervisionFunction.MANAGEMENT),
            Set.of("supervisor-7", "practitioner-10", "practitioner-2"));

    @Test
    void to_value_gives_plain_lists_in_a_fixed_order() {
        assertThat(FULL.toValue()).containsExactly(
                Map.entry("stages", List.of("experience", "analysis", "plan")),
                Map.entry("functions", List.of("management", "support")),
                Map.entry("kss", List.of("practitioner-2", "practitioner-10", "supervisor-7")));
        assertThat(ReflectiveCoverage.NONE.toValue()).containsExactly(Map.entry("stages", List.of()),
                Map.entry("functions", List.of()), Map.entry("kss", List.of()));
    }

    @Test
    void it_round_trips_through_to_value_and_from_value() {
        assertThat(ReflectiveCoverage.fromValue(FULL.toValue())).isEqualTo(FULL);
        assertThat(ReflectiveCoverage.fromValue(ReflectiveCoverage.NONE.toValue())).isEqualTo(ReflectiveCoverage.NONE);
    }

    @Test
    void it_round_trips_through_the_json_the_store_keeps_record_values_in() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reflectiveDiscussion", "We talked it through.");
        values.put(ReflectiveCoverage.VALUE_KEY, FULL.toValue());

        Map<String, Object> readBack = json.readValue(json.writeValueAsString(values), new TypeReference<>() {
        });

        assertThat(ReflectiveCoverage.of(readBack)).isEqualTo(FULL);
    }

    @Test
    void nothing_stored_or_something_odd_reads_as_no_coverage() {
        assertThat(ReflectiveCoverage.fromValue(null)).isEqualTo(ReflectiveCoverage.NONE);
        assertThat(ReflectiveCoverage.fromValue("experience")).isEqualTo(ReflectiveCoverage.NONE);
        assertThat(ReflectiveCoverage.of(Map.of())).isEqualTo(ReflectiveCoverage.NONE);
        assertThat(ReflectiveCoverage.NONE.isEmpty()).isTrue();
    }

    @Test
    void a_key_from_a_later_version_is_left_out_rather_than_refusing_the_record() {
        ReflectiveCoverage read = ReflectiveCoverage.fromValue(Map.of("stages", List.of("experience", "wonder"),
                "functions", List.of("support", "coaching")));

        assertThat(read.stages()).containsExactly(Stage.EXPERIENCE);
        assertThat(read.functions()).containsExactly(SupervisionFunction.SUPPORT);
        assertThat(read.kss()).isEmpty();
    }

    @Test
    void ticking_and_unticking_gives_a_new_coverage() {
        ReflectiveCoverage c = ReflectiveCoverage.NONE.with(Stage.REFLECTION, true)
                .with(SupervisionFunction.MEDIATION, true).withKss("practitioner-9", true);

        assertThat(c.covers(Stage.REFLECTION)).isTrue();
        assertThat(c.covers(SupervisionFunction.MEDIATION)).isTrue();
        assertThat(c.kss()).containsExactly("practitioner-9");
        assertThat(c.with(Stage.REFLECTION, false).covers(Stage.REFLECTION)).isFalse();
        assertThat(ReflectiveCoverage.NONE.isEmpty()).isTrue();
    }

    @Test
    void asking_a_question_from_the_bank_covers_its_stages_and_functions() throws Exception {
        QuestionBank bank = new QuestionBankLoader().bundled();

        ReflectiveCoverage c = ReflectiveCoverage.NONE
                .asked(bank.question("reflection-organisation").orElseThrow())
                .asked(bank.question("plan-actions").orElseThrow());

        assertThat(c.stages()).containsExactly(Stage.REFLECTION, Stage.PLAN);
        assertThat(c.functions()).containsExactly(SupervisionFunction.MANAGEMENT, SupervisionFunction.SUPPORT);
    }
}
