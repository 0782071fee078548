package uk.supervisiondesk.policy.pack;

import java.util.Set;
import uk.supervisiondesk.domain.Role;

/**
 * Direct observations of practice required each year.
 *
 * @param roles        the roles it applies to; empty means every role
 * @param byOwnManager how many of {@code perYear} the supervisee's own manager must carry out
 */
public record ObservationRequirement(Set<Role> roles, AsyePhase during, int perYear, int byOwnManager,
                                     String source, String note) {

    public ObservationRequirement {
        roles = Set.copyOf(roles);
    }

    public boolean appliesTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
