package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts the compliance engine counts, read from an observation record. */
class ObservationFactsTest {

    @Test
    void an_observation_record_counts_as_by_the_own_manager_only_when_it_says_so() {
        LocalDate day = LocalDate.of(2026, 3, 4);

        assertThat(ObservationFacts.fromRecord(day, Map.of("byOwnManager", true))).isEqualTo(new ObservationFacts(day, true));
        assertThat(ObservationFacts.fromRecord(day, Map.of("byOwnManager", false)).byOwnManager()).isFalse();
        assertThat(ObservationFacts.fromRecord(day, Map.of()).byOwnManager()).isFalse();
    }
}
