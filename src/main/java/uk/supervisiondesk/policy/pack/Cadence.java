package uk.supervisiondesk.policy.pack;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;

/**
 * A second rhythm beside formal supervision, such as Blackpool's personal reflective supervision
 * every two months or Southwark's weekly group supervision.
 *
 * @param roles the roles it applies to; empty means every role
 */
public record Cadence(String name, SessionKind kind, Set<Role> roles, Span every,
                      Optional<Duration> minimumDuration, Optional<Duration> maximumDuration,
                      String source, String note) {

    public Cadence {
        roles = Set.copyOf(roles);
    }

    public boolean appliesTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
