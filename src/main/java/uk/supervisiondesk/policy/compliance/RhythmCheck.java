package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.Cadence;
import uk.supervisiondesk.policy.pack.CaseDiscussionRule;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.SteppedFrequency;

/**
 * The rhythms beside formal supervision: other sessions (personal reflective, group) and the
 * discussion of each open case. Each is due one interval after the last, moved back to a
 * working day; for cases the interval is the one in force on the day of the last discussion.
 */
final class RhythmCheck {
    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;

    RhythmCheck(PolicyPack pack, WorkingDayCalendar calendar, DeadlineClock clock) {
        this.pack = pack;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<OtherSessionDue> otherSessions(Optional<Role> role, LocalDate supervisionStart, List<SupervisionSession> sessions,
                                        List<Finding> findings) {
        List<OtherSessionDue> out = new ArrayList<>();
        if (role.isEmpty()) {
            return out;
        }
        for (Cadence c : pack.otherSessions()) {
            if (!c.appliesTo(role.get())) {
                continue;
            }
            Optional<LocalDate> last = new SessionHistory(sessions, Set.of(c.kind())).lastHeldOnOrBefore(clock.today())
                    .map(SupervisionSession::date);
            LocalDate latest = calendar.onOrBefore(c.every().after(last.orElse(supervisionStart)));
            out.add(new OtherSessionDue(c.name(), c.kind(), last, latest, clock.daysOverdue(latest), c.source()));
            findings.add(clock.finding(Finding.Topic.OTHER_SESSIONS, latest, c.name() + " (every " + c.every() + ", " + c.source() + ")"));
        }
        return out;
    }

    List<CaseDiscussionDue> cases(List<OpenCase> cases, List<Finding> findings) {
        List<CaseDiscussionDue> out = new ArrayList<>();
        for (OpenCase c : cases) {
            Optional<CaseDiscussionRule> rule = pack.caseDiscussion().stream().filter(r -> r.caseTypes().contains(c.type())).findFirst();
            if (rule.isEmpty()) {
                continue;
            }
            LocalDate anchor = c.lastDiscussedOn() != null ? c.lastDiscussedOn() : c.openedOn();
            Optional<SteppedFrequency.ActiveStep> step = rule.get().frequency().stepOn(c.openedOn(), anchor);
            if (step.isEmpty()) {
                continue;
            }
            LocalDate latest = calendar.onOrBefore(step.get().step().every().after(anchor));
            out.add(new CaseDiscussionDue(c.reference(), c.type(), latest, clock.daysOverdue(latest), rule.get().source()));
            findings.add(clock.finding(Finding.Topic.CASE_DISCUSSION, latest, "Discussion of case " + c.reference() + " (" + c.type().displayName()
                    + ", every " + step.get().step().every() + ", " + rule.get().source() + "; last "
                    + (c.lastDiscussedOn() == null ? "never" : UkDates.format(c.lastDiscussedOn())) + ")"));
        }
        return out;
    }
}
