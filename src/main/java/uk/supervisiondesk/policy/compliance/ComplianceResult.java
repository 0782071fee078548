package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything due and overdue for one supervisee on one day, with the overall status and the
 * findings behind it. {@link #why()} gives the reasons for the status in plain words.
 */
public record ComplianceResult(
        LocalDate assessedOn,
        Status status,
        List<Finding> findings,
        Optional<NextSessionDue> nextSession,
        Optional<GapCheck> lastGap,
        List<RecordAwaiting> recordsAwaiting,
        Optional<AgreementReviewDue> agreementReview,
        List<ObservationTally> observations,
        List<AsyeMilestoneDue> asyeMilestones,
        List<ActionFacts> openActions,
        List<ActionFacts> overdueActions,
        List<MissedSessionFollowUp> missedSessions,
        List<OtherSessionDue> otherSessions,
        List<CaseDiscussionDue> caseDiscussions,
        Optional<LocalDate> retainUntil) {

    public ComplianceResult {
        findings = List.copyOf(findings);
        recordsAwaiting = List.copyOf(recordsAwaiting);
        observations = List.copyOf(observations);
        asyeMilestones = List.copyOf(asyeMilestones);
        openActions = List.copyOf(openActions);
        overdueActions = List.copyOf(overdueActions);
        missedSessions = List.copyOf(missedSessions);
        otherSessions = List.copyOf(otherSessions);
        caseDiscussions = List.copyOf(caseDiscussions);
    }

    /** The worst level among the findings on these topics; on track when there are none. */
    public Status statusOf(Finding.Topic... topics) {
        Set<Finding.Topic> wanted = Set.of(topics);
        return findings.stream().filter(f -> wanted.contains(f.topic())).map(Finding::level)
                .reduce(Status.ON_TRACK, Status::worse);
    }

    /** The reasons for the status: the findings at its level (for on track, the notes, such as when the next session is due). */
    public List<String> why() {
        return findings.stream().filter(f -> f.level() == status).map(Finding::text).toList();
    }
}
