package uk.supervisiondesk.policy.pack;

import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.SessionKind;

/**
 * When the record of a session must reach the supervisee and carry both signatures.
 *
 * @param kinds the session kinds whose records these deadlines apply to
 * @param note  what the policy says where a deadline is empty
 */
public record RecordDeadlines(Set<SessionKind> kinds, Optional<Deadline> shareWithin,
                              Optional<Deadline> signWithin, String source, String note) {

    public RecordDeadlines {
        kinds = Set.copyOf(kinds);
    }
}
