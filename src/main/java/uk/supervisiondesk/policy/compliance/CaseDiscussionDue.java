package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import uk.supervisiondesk.domain.CaseType;

/** When an open case must next be discussed in supervision. */
public record CaseDiscussionDue(String reference, CaseType type, LocalDate latestOn, long daysOverdue, String source) {
}
