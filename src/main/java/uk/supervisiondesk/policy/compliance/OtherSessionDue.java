package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;

/** The next session of a second rhythm, such as personal reflective supervision (Blackpool 6). */
public record OtherSessionDue(String name, SessionKind kind, Optional<LocalDate> lastHeld, LocalDate latestOn,
                              long daysOverdue, String source) {
}
