package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app already knows about one supervision file over the 12 months before an audit,
 * as plain counts, for {@link AuditPrefill} to turn into suggested answers.
 *
 * @param auditDate            the day of the audit
 * @param agreementDate        the date of the current supervision agreement; empty if none is on file
 * @param agreementReviewDue   when that agreement is due for review; empty if the pack sets no review
 * @param sessionsRequired     sessions the policy (or agreement) asked for in the 12 months; 0 if it sets no number
 * @param sessionsHeld         sessions held in the 12 months
 * @param sessionsRecorded     of those, how many have a completed record
 * @param recordsSigned        of those records, how many both parties have signed
 * @param recordsSignedInTime  of the signed ones, how many were signed within the pack's deadline
 * @param openActions          actions agreed and not yet done
 * @param overdueActions       of those, how many are past their date
 * @param observationsRequired observations of practice the policy asks for in the 12 months; 0 if none
 * @param observationsDone     observations recorded in the 12 months
 */
public record AuditFacts(LocalDate auditDate, Optional<LocalDate> agreementDate, Optional<LocalDate> agreementReviewDue,
                         int sessionsRequired, int sessionsHeld, int sessionsRecorded, int recordsSigned,
                         int recordsSignedInTime, int openActions, int overdueActions, int observationsRequired,
                         int observationsDone) {

    public AuditFacts {
        Objects.requireNonNull(auditDate, "auditDate");
        Objects.requireNonNull(agreementDate, "agreementDate");
        Objects.requireNonNull(agreementReviewDue, "agreementReviewDue");
        if (sessionsRecorded > sessionsHeld || recordsSigned > sessionsRecorded || recordsSignedInTime > recordsSigned
                || overdueActions > openActions) {
            throw new IllegalArgumentException("Counts do not add up: recorded <= held, signed <= recorded, "
                    + "in time <= signed, overdue <= open");
        }
        if (sessionsRequired < 0 || sessionsHeld < 0 || recordsSignedInTime < 0 || overdueActions < 0
                || observationsRequired < 0 || observationsDone < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }
}
