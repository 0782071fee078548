package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.SupervisionSession;

/** The sessions of the kinds that count for one rhythm, in date order, up to a given day. */
final class SessionHistory {
    private final List<SupervisionSession> sessions;

    SessionHistory(List<SupervisionSession> all, Set<SessionKind> kinds) {
        this.sessions = all.stream().filter(s -> kinds.contains(s.kind()))
                .sorted(Comparator.comparing(SupervisionSession::date)).toList();
    }

    List<SupervisionSession> all() {
        return sessions;
    }

    List<SupervisionSession> heldOnOrBefore(LocalDate day) {
        return sessions.stream().filter(s -> s.wasHeld() && !s.date().isAfter(day)).toList();
    }

    Optional<SupervisionSession> lastHeldOnOrBefore(LocalDate day) {
        List<SupervisionSession> held = heldOnOrBefore(day);
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }

    boolean heldBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        return sessions.stream().anyMatch(s -> s.wasHeld() && s.date().isAfter(afterExclusive)
                && !s.date().isAfter(untilInclusive));
    }

    /** The earliest booked date on or after {@code today}: a planned session or a postponed one's new date. */
    Optional<LocalDate> nextBookedFrom(LocalDate today) {
        return sessions.stream()
                .flatMap(s -> s.outcome() == SessionOutcome.PLANNED
                        ? Stream.of(s.date()) : s.newDate().stream())
                .filter(d -> !d.isBefore(today))
                .min(Comparator.naturalOrder());
    }
}
