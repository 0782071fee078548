package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;

/** A session record still waiting to be shared with the supervisee or signed by both. */
public record RecordAwaiting(LocalDate sessionDate, SessionKind kind, Step step, Optional<LocalDate> deadline,
                             long daysOverdue, String source) {

    public enum Step { SHARING, SIGNATURE }
}
