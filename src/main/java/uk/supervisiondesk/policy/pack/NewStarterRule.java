package uk.supervisiondesk.policy.pack;

import java.util.Set;
import uk.supervisiondesk.domain.Role;

/** A more frequent rule for the first part of someone's employment (Sefton 3.17: residential starters). */
public record NewStarterRule(Set<Role> roles, Span every, Span firstPeriod, String source) {

    public NewStarterRule {
        roles = Set.copyOf(roles);
    }
}
