package uk.supervisiondesk.policy.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.Cadence;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.policy.rules.NextDue;
import uk.supervisiondesk.policy.rules.NextSessionRule;
import uk.supervisiondesk.policy.rules.RuleInForce;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * Generates twelve months of planned dates from a pack's rules.
 *
 * <p>Formal supervision: each date is the rule's interval after the one before, but kept on a
 * steady rhythm counted from the first date of the current rule (so weekly sessions stay on
 * the same weekday). A date on a weekend or bank holiday moves back to the working day before:
 * moving earlier never breaks a "no later than" rule, moving later would. Because each gap is
 * measured from the date actually planned, a monthly rhythm that had to move back stays a day
 * or two earlier from then on. The rule in force changes with the ASYE step-down and any role
 * change already on the record; no dates are planned after a leaving date.
 *
 * <p>Other rhythms (personal reflective, group) are laid out from the same first date, each
 * interval counted from that date and moved back to a working day in the same way.
 */
public final class ScheduleGenerator {
    private static final int MONTHS = 12;

    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;

    public ScheduleGenerator(PolicyPack pack, WorkingDayCalendar calendar) {
        this.pack = pack;
        this.calendar = calendar;
    }

    /** @param agreedFrequency a frequency written in the agreement, used where stricter than the pack or where the pack leaves it to the agreement */
    public Schedule twelveMonths(Supervisee supervisee, LocalDate firstSession, Optional<Span> agreedFrequency) {
        LocalDate until = firstSession.plusMonths(MONTHS);
        RulesInForce rules = new RulesInForce(pack, supervisee, agreedFrequency);
        List<PlannedDate> dates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        formalDates(rules, firstSession, until, dates, notes);
        supervisee.roleOn(firstSession).ifPresent(role -> otherDates(role, supervisee, firstSession, until, dates));
        dates.sort(Comparator.comparing(PlannedDate::date).thenComparing(PlannedDate::kind));
        Optional<LocalDate> review = pack.agreement().map(a -> calendar.onOrBefore(a.every().after(firstSession)));
        return new Schedule(firstSession, until, dates, review, notes);
    }

    private void formalDates(RulesInForce rules, LocalDate first, LocalDate until, List<PlannedDate> dates, List<String> notes) {
        SessionKind kind = formalKind(rules.supervisee().roleOn(first));
        LocalDate leaving = rules.supervisee().employment().leavingDate();
        NextSessionRule next = new NextSessionRule(rules, List.of());
        LocalDate previous = calendar.onOrBefore(first);
        dates.add(new PlannedDate(previous, kind, "Supervision", rules.on(previous).map(RuleInForce::explained).orElse(""),
                moved(first, previous)));
        Span rhythm = null;
        LocalDate rhythmStart = previous;
        int step = 0;
        while (true) {
            Optional<NextDue> due = next.after(previous);
            if (due.isEmpty()) {
                notes.add(noRuleNote(rules, previous));
                return;
            }
            Span ruleNow = rules.on(previous).map(r -> r.every().due()).orElse(null);
            if (ruleNow == null || !ruleNow.equals(rhythm)) {
                rhythm = ruleNow;
                rhythmStart = previous;
                step = 0;
            }
            step++;
            LocalDate target = due.get().dueOn();
            if (rhythm != null) {
                LocalDate onRhythm = rhythm.times(step, rhythmStart);
                target = onRhythm.isBefore(target) ? onRhythm : target;
            }
            LocalDate date = calendar.onOrBefore(target);
            if (!date.isAfter(previous)) {
                date = calendar.onOrAfter(previous.plusDays(1));
            }
            if (!date.isBefore(until) || (leaving != null && date.isAfter(leaving))) {
                return;
            }
            dates.add(new PlannedDate(date, kind, "Supervision", due.get().explained(), moved(target, date)));
            previous = date;
        }
    }

    private void otherDates(Role role, Supervisee supervisee, LocalDate first, LocalDate until, List<PlannedDate> dates) {
        LocalDate leaving = supervisee.employment().leavingDate();
        for (Cadence c : pack.otherSessions()) {
            if (!c.appliesTo(role)) {
                continue;
            }
            for (int k = 0; ; k++) {
                LocalDate target = c.every().times(k, first);
                LocalDate date = calendar.onOrBefore(target);
                if (!date.isBefore(until) || (leaving != null && date.isAfter(leaving))) {
                    break;
                }
                dates.add(new PlannedDate(date, c.kind(), c.name(), "every " + c.every() + " (" + c.source() + ")",
                        moved(target, date)));
            }
        }
    }

    private SessionKind formalKind(Optional<Role> role) {
        var counts = pack.supervision().countsAs();
        boolean manager = role.filter(r -> r == Role.TEAM_MANAGER || r == Role.SERVICE_MANAGER
                || r == Role.ASSISTANT_TEAM_MANAGER).isPresent();
        if (manager && counts.contains(SessionKind.MANAGER)) {
            return SessionKind.MANAGER;
        }
        return counts.contains(SessionKind.INDIVIDUAL) ? SessionKind.INDIVIDUAL
                : counts.stream().sorted().findFirst().orElse(SessionKind.INDIVIDUAL);
    }

    private String noRuleNote(RulesInForce rules, LocalDate from) {
        var shifts = rules.roleRuleOn(from);
        return "No further dates after " + UkDates.format(from) + ": "
                + shifts.map(r -> "supervision for this role is " + r.frequency() + " (" + r.source() + ")")
                .orElse("this pack sets no frequency for the role held");
    }

    private static Optional<LocalDate> moved(LocalDate target, LocalDate date) {
        return target.equals(date) ? Optional.empty() : Optional.of(target);
    }
}
