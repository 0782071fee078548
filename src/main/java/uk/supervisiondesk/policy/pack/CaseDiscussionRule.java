package uk.supervisiondesk.policy.pack;

import java.util.Set;
import uk.supervisiondesk.domain.CaseType;

/** How often each open case of some types must be discussed in supervision, counted from when it opened. */
public record CaseDiscussionRule(Set<CaseType> caseTypes, SteppedFrequency frequency, String source) {

    public CaseDiscussionRule {
        caseTypes = Set.copyOf(caseTypes);
    }
}
