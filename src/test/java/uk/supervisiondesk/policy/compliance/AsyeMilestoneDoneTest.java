package uk.supervisiondesk.policy.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;

/** "Milestone done on", read from the ASYE tracker's date fields by the pack's milestone keys. */
class AsyeMilestoneDoneTest {

    @Test
    void the_tracker_shows_which_of_the_packs_milestones_are_done_and_when() throws Exception {
        var milestones = new PolicyPackLoader().bundled("sandwell").newlyQualified().orElseThrow().milestones();
        Map<String, Object> tracker = new HashMap<>();
        tracker.put("initialMeeting", "2025-01-20");
        tracker.put("review3Months", "2025-04-14");
        tracker.put("review6Months", "");
        tracker.put("review9Months", "not a date");

        assertThat(AsyeMilestoneDone.fromTracker(milestones, tracker))
                .containsExactly(new AsyeMilestoneDone("review3Months", LocalDate.of(2025, 4, 14)));
        assertThat(AsyeMilestoneDone.fromTracker(milestones, Map.of())).isEmpty();
        assertThat(AsyeMilestoneDone.fromTracker(List.of(), tracker)).isEmpty();
    }
}
