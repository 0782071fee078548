package uk.supervisiondesk.policy.pack;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.Role;

/**
 * The frequency and minimum length of formal supervision for some roles.
 *
 * @param roles         the roles named; empty when {@code otherRoles} is set
 * @param otherRoles    true for the pack's "all" entry, which covers every role not named elsewhere
 */
public record RoleFrequency(Set<Role> roles, boolean otherRoles, Frequency frequency,
                            Optional<Duration> minimumDuration, String source, String note) {

    public RoleFrequency {
        roles = Set.copyOf(roles);
    }

    public boolean covers(Role role) {
        return roles.contains(role);
    }
}
