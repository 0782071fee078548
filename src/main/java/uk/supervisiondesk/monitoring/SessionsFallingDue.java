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
        RulesInForce rules = new RulesInForce(pack, supervisee, Optional.empty());
        Optional<LocalDate> start = rules.supervisionStart();
        if (start.isEmpty()) {
            return 0;
        }
        NextSessionRule next = new NextSessionRule(rules, List.of());
        List<LocalDate> held = sessions.stream()
                .filter(s -> s.wasHeld() && pack.supervision().countsAs().contains(s.kind()))
                .map(SupervisionSession::date).sorted().toList();
        LocalDate leaving = supervisee.employment().leavingDate();
        LocalDate cursor = start.get();
        int count = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<NextDue> due = next.after(cursor);
            if (due.isEmpty() || due.get().dueOn().isAfter(to)
                    || (leaving != null && due.get().dueOn().isAfter(leaving))) {
                break;
            }
            if (!due.get().dueOn().isBefore(from)) {
                count++;
            }
            LocalDate after = cursor;
            Optional<LocalDate> metBy = held.stream().filter(d -> d.isAfter(after)
                    && !d.isAfter(due.get().latestOn())).findFirst();
            cursor = metBy.orElse(due.get().dueOn());
        }
        return count;
    }

    boolean countsAsFormal(SessionKind kind) {
        return pack.supervision().countsAs().contains(kind);
    }
}
