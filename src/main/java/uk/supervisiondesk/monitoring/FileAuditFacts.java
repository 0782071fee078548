package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.policy.compliance.AgreementReviewDue;
import uk.supervisiondesk.policy.compliance.AuditFacts;
import uk.supervisiondesk.policy.compliance.ComplianceResult;
import uk.supervisiondesk.policy.compliance.ObservationFacts;
import uk.supervisiondesk.policy.compliance.ObservationTally;
import uk.supervisiondesk.policy.pack.RecordDeadlines;

/**
 * What the app knows about one supervision file over the 12 months before an audit, gathered
 * for {@link uk.supervisiondesk.policy.compliance.AuditPrefill}: the agreement on file, formal
 * sessions held against those the policy called for, which of them have a completed record and
 * are signed (and signed within the pack's deadline), open and overdue actions, and observations.
 */
public final class FileAuditFacts {
    private final ComplianceOverview overview;

    public FileAuditFacts(ComplianceOverview overview) {
        this.overview = overview;
    }

    /** The facts for {@code who} on {@code auditDate}, under the policy in use. Reads the database. */
    public AuditFacts gather(Supervisee who, LocalDate auditDate, PolicyInUse policy) {
        LocalDate from = auditDate.minusYears(1).plusDays(1);
        ComplianceOverview.Inputs inputs = overview.load(policy.pack());
        SuperviseeStatus status = overview.assess(List.of(who), auditDate, policy.engine()).get(0);
        ComplianceResult result = status.result();
        SessionsRequired required = new SessionsRequired(policy.pack());

        Optional<LocalDate> agreementDate = inputs.agreements().getOrDefault(who.id(), List.of()).stream()
                .map(SupervisionRecord::recordDate).filter(d -> !d.isAfter(auditDate)).max(Comparator.naturalOrder());
        Optional<LocalDate> reviewDue = agreementDate.isEmpty() ? Optional.empty()
                : result.agreementReview().map(AgreementReviewDue::dueOn);

        List<SessionEntry> held = inputs.sheet().getOrDefault(who.id(), List.of()).stream()
                .filter(e -> e.session().wasHeld() && required.countsAsFormal(e.session().kind())
                        && !e.session().date().isBefore(from) && !e.session().date().isAfter(auditDate))
                .toList();
        Set<Long> recordedSessions = overview.records().forSupervisee(who.id()).stream()
                .filter(r -> r.status() == RecordStatus.COMPLETE && r.sessionId() != null)
                .map(SupervisionRecord::sessionId).collect(Collectors.toSet());
        List<SessionEntry> recorded = held.stream().filter(e -> recordedSessions.contains(e.id())).toList();
        List<SessionEntry> signed = recorded.stream().filter(e -> e.session().signedOn() != null).toList();
        Optional<Integer> signWithin = policy.pack().records().flatMap(RecordDeadlines::signWithin)
                .map(d -> d.workingDays());
        int signedInTime = (int) signed.stream().filter(e -> signWithin.isEmpty() || !e.session().signedOn()
                .isAfter(policy.calendar().addWorkingDays(e.session().date(), signWithin.get()))).count();

        List<ActionItem> open = inputs.actions().getOrDefault(who.id(), List.of()).stream()
                .filter(ActionItem::isOpen).toList();
        int overdue = (int) open.stream().filter(a -> a.isOverdueOn(auditDate)).count();

        int observationsRequired = result.observations().stream().mapToInt(ObservationTally::required).sum();
        int observationsDone = (int) inputs.observations().getOrDefault(who.id(), List.of()).stream()
                .map(ObservationFacts::date).filter(d -> !d.isBefore(from) && !d.isAfter(auditDate)).count();

        return new AuditFacts(auditDate, agreementDate, reviewDue,
                (int) Math.round(required.between(who, from, auditDate)), held.size(), recorded.size(), signed.size(),
                signedInTime, open.size(), overdue, observationsRequired, observationsDone);
    }
}
