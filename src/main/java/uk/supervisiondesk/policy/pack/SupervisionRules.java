package uk.supervisiondesk.policy.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;

/**
 * Formal supervision: which session kinds count towards it, the frequency per role, the longest
 * permitted gap and any new-starter rules.
 */
public record SupervisionRules(Set<SessionKind> countsAs, List<RoleFrequency> byRole,
                               Optional<LongestGap> longestGap, List<NewStarterRule> newStarters,
                               String source) {

    public SupervisionRules {
        countsAs = Set.copyOf(countsAs);
        byRole = List.copyOf(byRole);
        newStarters = List.copyOf(newStarters);
    }

    /** The entry naming the role, or else the pack's "all other roles" entry. */
    public Optional<RoleFrequency> ruleFor(Role role) {
        return byRole.stream().filter(r -> r.covers(role)).findFirst()
                .or(() -> byRole.stream().filter(RoleFrequency::otherRoles).findFirst());
    }
}
