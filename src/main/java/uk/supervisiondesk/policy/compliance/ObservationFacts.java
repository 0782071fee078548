package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Objects;

/** A direct observation of practice that took place, and whether the supervisee's own manager did it. */
public record ObservationFacts(LocalDate date, boolean byOwnManager) {

    public ObservationFacts {
        Objects.requireNonNull(date, "date");
    }
}
