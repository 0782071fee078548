package uk.supervisiondesk.store;

import java.time.LocalDate;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.SupervisionSession;

/** One row of the supervision_session table. */
public record SessionRow(Long id, long superviseeId, LocalDate sessionDate, String kind, String outcome,
                         LocalDate rescheduledTo, String reason, String gapReason, LocalDate sharedOn,
                         LocalDate signedOn) {

    static SessionRow of(SessionEntry entry) {
        SupervisionSession s = entry.session();
        return new SessionRow(entry.id(), entry.superviseeId(), s.date(), s.kind().key(), s.outcome().name(),
                s.rescheduledTo(), s.reason(), s.gapReason(), s.sharedOn(), s.signedOn());
    }

    SessionEntry toEntry() {
        SessionKind parsedKind = SessionKind.fromKey(kind)
                .orElseThrow(() -> new IllegalStateException("Unknown session kind '" + kind + "' in the database"));
        return new SessionEntry(id, superviseeId, new SupervisionSession(sessionDate, parsedKind,
                SessionOutcome.valueOf(outcome), rescheduledTo, reason, gapReason, sharedOn, signedOn));
    }
}
