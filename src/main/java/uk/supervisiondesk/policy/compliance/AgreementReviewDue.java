package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;

/** When the supervision agreement must next be reviewed, and why then. */
public record AgreementReviewDue(LocalDate dueOn, String reason, long daysOverdue, String source) {
}
