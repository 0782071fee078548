package uk.supervisiondesk.policy.pack;

import java.util.List;
import java.util.Optional;

/**
 * One authority's supervision rules as data. Every rule carries the policy section it comes
 * from; where the policy is silent the section is empty and {@link #notes()} says so and says
 * what, if anything, was taken from the default pack instead.
 *
 * @param document the title of the policy the pack follows
 */
public record PolicyPack(
        String id,
        String name,
        String document,
        PackSettings settings,
        SupervisionRules supervision,
        Optional<NewlyQualifiedRules> newlyQualified,
        Optional<RecordDeadlines> records,
        Optional<AgreementReviewRule> agreement,
        List<ObservationRequirement> observations,
        List<Cadence> otherSessions,
        List<CaseDiscussionRule> caseDiscussion,
        Optional<MissedSessionRule> missedSessions,
        Optional<RetentionRule> retention,
        Optional<SupervisionFileOrder> supervisionFile,
        List<PackNote> notes) {

    public PolicyPack {
        observations = List.copyOf(observations);
        otherSessions = List.copyOf(otherSessions);
        caseDiscussion = List.copyOf(caseDiscussion);
        notes = List.copyOf(notes);
    }
}
