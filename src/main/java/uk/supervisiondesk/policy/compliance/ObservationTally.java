package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import uk.supervisiondesk.policy.pack.AsyePhase;

/**
 * Observations done against those required in the observation year {@code yearFrom} to
 * {@code yearTo} (inclusive), scaled to the part of the year the requirement applied.
 */
public record ObservationTally(LocalDate yearFrom, LocalDate yearTo, AsyePhase during, int required, int done,
                               int byOwnManagerRequired, int byOwnManagerDone, String source) {

    public int stillNeeded() {
        return Math.max(0, Math.max(required - done, byOwnManagerRequired - byOwnManagerDone));
    }
}
