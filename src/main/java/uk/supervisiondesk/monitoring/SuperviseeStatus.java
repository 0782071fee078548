package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.compliance.ComplianceResult;
import uk.supervisiondesk.policy.compliance.RecordAwaiting;

/** One supervisee's standing under the policy on a day, with the monitoring sheet it came from. */
public record SuperviseeStatus(Supervisee supervisee, List<SessionEntry> sessions, ComplianceResult result) {

    public SuperviseeStatus {
        sessions = List.copyOf(sessions);
    }

    /** The last formal supervision actually held. */
    public Optional<LocalDate> lastSession() {
        return result.nextSession().flatMap(n -> n.lastHeld());
    }

    public List<RecordAwaiting> unsignedRecords() {
        return result.recordsAwaiting();
    }

    public Optional<LocalDate> earliestSigningDeadline() {
        return result.recordsAwaiting().stream().flatMap(r -> r.deadline().stream()).min(LocalDate::compareTo);
    }
}
