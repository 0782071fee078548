package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A direct observation of practice that took place, and whether the supervisee's own manager did it. */
public record ObservationFacts(LocalDate date, boolean byOwnManager) {
    /** The observation templates' field saying whether the observer is the supervisee's own manager. */
    public static final String BY_OWN_MANAGER = "byOwnManager";

    public ObservationFacts {
        Objects.requireNonNull(date, "date");
    }

    /**
     * The facts of an observation record: its date and its {@value #BY_OWN_MANAGER} answer (a
     * yes/no field; unanswered counts as not by the own manager, so Blackpool's two-a-year is not
     * met by guesswork).
     */
    public static ObservationFacts fromRecord(LocalDate recordDate, Map<String, ?> values) {
        Object own = values.get(BY_OWN_MANAGER);
        return new ObservationFacts(recordDate, own != null && Boolean.parseBoolean(own.toString()));
    }
}
