package uk.supervisiondesk.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A supervisee's coverage month by month, gaps included, and their KSS evidence. */
class CoverageOverTimeTest {
    private static final ReflectiveCoverage JUMPED = new ReflectiveCoverage(Set.of(Stage.EXPERIENCE, Stage.PLAN),
            Set.of(SupervisionFunction.MANAGEMENT), Set.of());
    private static final ReflectiveCoverage WHOLE = new ReflectiveCoverage(Set.of(Stage.values()),
            Set.of(SupervisionFunction.SUPPORT, SupervisionFunction.DEVELOPMENT), Set.of("practitioner-7"));
    private static final ReflectiveCoverage FEELINGS = new ReflectiveCoverage(Set.of(Stage.REFLECTION),
            Set.of(SupervisionFunction.SUPPORT), Set.of("practitioner-9", "practitioner-7"));

    private final List<DatedCoverage> discussions = List.of(
            new DatedCoverage(LocalDate.of(2026, 1, 14), JUMPED),
            new DatedCoverage(LocalDate.of(2026, 1, 28), WHOLE),
            new DatedCoverage(LocalDate.of(2026, 3, 3), FEELINGS),
            new DatedCoverage(LocalDate.of(2025, 12, 31), WHOLE));

    @Test
    void every_month_of_the_span_is_there_including_one_with_no_discussion() {
        CoverageOverTime over = CoverageOverTime.summarise(discussions, YearMonth.of(2026, 1), YearMonth.of(2026, 3));

        assertThat(over.months()).extracting(CoverageOverTime.Month::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        CoverageTally january = over.months().get(0).tally();
        assertThat(january.discussions()).isEqualTo(2);
        assertThat(january.timesCovered(Stage.EXPERIENCE)).isEqualTo(2);
        assertThat(january.timesCovered(Stage.REFLECTION)).isEqualTo(1);
        assertThat(january.timesCovered(SupervisionFunction.MEDIATION)).isZero();
        assertThat(january.skippedReflection()).isEqualTo(1);
        assertThat(january.kss()).containsExactly("practitioner-7");
        assertThat(over.months().get(1).tally().discussions()).isZero();
        assertThat(over.months().get(1).tally().stages()).containsOnlyKeys(Stage.values()).containsValues(0);
    }

    @Test
    void the_total_counts_only_the_span_and_says_what_was_never_covered() {
        CoverageOverTime over = CoverageOverTime.summarise(discussions, YearMonth.of(2026, 1), YearMonth.of(2026, 3));

        assertThat(over.total().discussions()).isEqualTo(3);
        assertThat(over.total().stages()).containsEntry(Stage.PLAN, 2).containsEntry(Stage.REFLECTION, 2);
        assertThat(over.total().kss()).containsExactly("practitioner-7", "practitioner-9");
        assertThat(over.stagesNeverCovered()).isEmpty();
        assertThat(over.functionsNeverCovered()).containsExactly(SupervisionFunction.MEDIATION);
    }

    @Test
    void the_last_months_end_with_the_month_given() {
        CoverageOverTime six = CoverageOverTime.lastMonths(discussions, YearMonth.of(2026, 3), 6);

        assertThat(six.months()).hasSize(6);
        assertThat(six.months().get(0).month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(six.total().discussions()).isEqualTo(4);
        assertThatThrownBy(() -> CoverageOverTime.lastMonths(discussions, YearMonth.of(2026, 3), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kss_evidence_lists_each_statement_with_the_discussions_tagged_with_it() throws Exception {
        Map<KssStatement, List<DatedCoverage>> evidence = KssEvidence.byStatement(KssCatalogue.bundled(), discussions,
                DatedCoverage::coverage);

        assertThat(evidence.keySet()).extracting(KssStatement::id).containsExactly("practitioner-7", "practitioner-9");
        assertThat(evidence.values().iterator().next()).extracting(DatedCoverage::date)
                .containsExactly(LocalDate.of(2026, 1, 28), LocalDate.of(2026, 3, 3), LocalDate.of(2025, 12, 31));
    }
}
