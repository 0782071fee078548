package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.rules.NextDue;
import uk.supervisiondesk.policy.rules.NextSessionRule;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * How many formal sessions the rules required of one supervisee within a period. The rule is
 * followed through the actual history: each session held restarts the clock; when none was held
 * by the latest permitted date, the next one falls due an interval after the missed due date.
 * So a monthly rule requires one a month, a fortnightly one two or three, a bi-monthly one
 * every other month.
 */
final class SessionsFallingDue {
    /** Guards against a rule that never moves forward. */
    private static final int MAX_STEPS = 10_000;

    private final PolicyPack pack;

    SessionsFallingDue(PolicyPack pack) {
        this.pack = pack;
    }

    int between(Supervisee supervisee, List<SupervisionSession> sessions, LocalDate from, LocalDate to) {
        return dueDates(supervisee, sessions, from, to).size();
    }

    /** The days formal sessions fell due within the period, in order. */
    List<LocalDate> dueDates(Supervisee supervisee, List<SupervisionSession> sessions, LocalDate from, LocalDate to) {
        RulesInForce rules = new RulesInForce(pack, supervisee, Optional.empty());
        Optional<LocalDate> start = rules.supervisionStart();
        if (start.isEmpty()) {
            return List.of();
        }
        NextSessionRule nextRule = new NextSessionRule(rules, List.of());
        List<LocalDate> held = sessions.stream()
                .filter(s -> s.wasHeld() && pack.supervision().countsAs().contains(s.kind()))
                .map(SupervisionSession::date).sorted().toList();
        LocalDate leaving = supervisee.employment().leavingDate();
        LocalDate cursor = start.get();
        List<LocalDate> due = new java.util.ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<NextDue> next = nextRule.after(cursor);
            if (next.isEmpty() || next.get().dueOn().isAfter(to)
                    || (leaving != null && next.get().dueOn().isAfter(leaving))) {
                break;
            }
            if (!next.get().dueOn().isBefore(from)) {
                due.add(next.get().dueOn());
            }
            LocalDate after = cursor;
            Optional<LocalDate> metBy = held.stream().filter(d -> d.isAfter(after)
                    && !d.isAfter(next.get().latestOn())).findFirst();
            cursor = metBy.orElse(next.get().dueOn());
        }
        return due;
    }

    boolean countsAsFormal(SessionKind kind) {
        return pack.supervision().countsAs().contains(kind);
    }
}
