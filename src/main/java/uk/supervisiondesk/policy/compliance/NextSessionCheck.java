package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.Frequency;
import uk.supervisiondesk.policy.pack.MissedSessionRule;
import uk.supervisiondesk.policy.rules.NextDue;
import uk.supervisiondesk.policy.rules.NextSessionRule;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * The next formal session and the last gap. Dates that fall on a weekend or bank holiday move
 * back to the working day before: a session cannot be held on a day nobody works, and moving it
 * earlier never breaks the rule. Leavers have nothing due after their leaving date.
 */
final class NextSessionCheck {
    private final RulesInForce rules;
    private final NextSessionRule nextRule;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;
    private final SessionHistory formal;
    private final Optional<MissedSessionRule> missedRule;

    NextSessionCheck(RulesInForce rules, NextSessionRule nextRule, WorkingDayCalendar calendar, DeadlineClock clock,
                     SessionHistory formal, Optional<MissedSessionRule> missedRule) {
        this.rules = rules;
        this.nextRule = nextRule;
        this.calendar = calendar;
        this.clock = clock;
        this.formal = formal;
        this.missedRule = missedRule;
    }

    Optional<NextSessionDue> nextSession(List<Finding> findings) {
        LocalDate today = clock.today();
        Optional<LocalDate> start = rules.supervisionStart();
        LocalDate leaving = rules.supervisee().employment().leavingDate();
        if (start.isEmpty()) {
            findings.add(new Finding(Finding.Topic.NEXT_SESSION, Status.DUE_SOON, "No employment start or role is recorded, so no session can be worked out."));
            return Optional.empty();
        }
        if (rules.supervisee().isLeaverOn(today)) {
            findings.add(new Finding(Finding.Topic.NEXT_SESSION, Status.ON_TRACK, "Left on " + UkDates.format(leaving) + ": no sessions are due after the leaving date."));
            return Optional.empty();
        }
        Optional<SupervisionSession> lastHeld = formal.lastHeldOnOrBefore(today);
        LocalDate anchor = lastHeld.map(SupervisionSession::date).orElse(start.get());
        Optional<NextDue> raw = nextRule.after(anchor);
        if (raw.isEmpty()) {
            findings.add(noDateFinding(anchor));
            return Optional.empty();
        }
        LocalDate latest = latestWorkingDay(raw.get());
        LocalDate due = min(calendar.onOrBefore(raw.get().dueOn()), latest);
        if (leaving != null && latest.isAfter(leaving)) {
            findings.add(new Finding(Finding.Topic.NEXT_SESSION, Status.ON_TRACK, "Leaves on " + UkDates.format(leaving) + ", before the next session must be held (by "
                    + UkDates.format(latest) + "), so no further session is required."));
            return Optional.empty();
        }
        Optional<LocalDate> planned = formal.nextBookedFrom(today).filter(d -> d.isAfter(anchor));
        NextSessionDue next = new NextSessionDue(lastHeld.map(SupervisionSession::date), due, latest, planned,
                clock.daysOverdue(latest), raw.get().explained());
        findings.add(nextFinding(next, start.get()));
        planned.filter(p -> p.isAfter(latest)).ifPresent(p -> findings.add(new Finding(Finding.Topic.NEXT_SESSION, Status.DUE_SOON,
                "The session booked for " + UkDates.format(p) + " is after the latest permitted date, "
                        + UkDates.format(latest) + "; bring it forward.")));
        formal.all().stream().filter(s -> s.outcome() == SessionOutcome.PLANNED && s.date().isBefore(today))
                .forEach(s -> findings.add(new Finding(Finding.Topic.MONITORING, Status.DUE_SOON, "The session booked for " + UkDates.format(s.date())
                        + " has not been marked held, postponed or cancelled on the monitoring sheet (Sandwell App. 3).")));
        return Optional.of(next);
    }

    private Finding noDateFinding(LocalDate anchor) {
        Optional<NextSessionRule.ShiftCount> shifts = nextRule.shiftsAfter(anchor);
        if (shifts.isPresent()) {
            return new Finding(Finding.Topic.NEXT_SESSION, Status.ON_TRACK, shifts.get().shifts().size() + " of " + shifts.get().allowed()
                    + " shifts worked since the last supervision (" + shifts.get().source() + ").");
        }
        var roleRule = rules.roleRuleOn(anchor);
        if (roleRule.isPresent() && roleRule.get().frequency() instanceof Frequency.AsAgreed) {
            return new Finding(Finding.Topic.NEXT_SESSION, Status.DUE_SOON, "The policy leaves the frequency to the supervision agreement ("
                    + roleRule.get().source() + "); record the agreed frequency so the next session can be tracked.");
        }
        return new Finding(Finding.Topic.NEXT_SESSION, Status.DUE_SOON, "This pack sets no supervision frequency for "
                + rules.supervisee().roleOn(anchor).map(r -> "the role " + r.displayName()).orElse("someone with no role on "
                + UkDates.format(anchor)) + "; add one to the pack or record an agreed frequency.");
    }

    private Finding nextFinding(NextSessionDue next, LocalDate start) {
        String since = next.lastHeld().map(d -> "the last session was on " + UkDates.format(d))
                .orElse("no session is recorded since the start on " + UkDates.format(start));
        LocalDate latest = next.latestOn();
        Status level = clock.levelOf(latest);
        if (level == Status.OVERDUE) {
            String text = "Supervision is overdue by " + days(next.daysOverdue()) + ": " + since + " and the next had to be held by "
                    + UkDates.format(latest) + " under " + next.rule() + ".";
            Optional<LocalDate> escalateAfter = missedRule.map(m -> m.rescheduleWithin().after(latest));
            if (escalateAfter.isPresent() && clock.today().isAfter(escalateAfter.get())) {
                MissedSessionRule m = missedRule.get();
                return new Finding(Finding.Topic.NEXT_SESSION, Status.ESCALATE, text + " That is more than the " + m.rescheduleWithin()
                        + " allowed for rebooking (" + m.source() + "): tell the supervisor's manager.");
            }
            return new Finding(Finding.Topic.NEXT_SESSION, Status.OVERDUE, text);
        }
        String booked = next.plannedOn().map(p -> "; booked for " + UkDates.format(p)).orElse("; nothing is booked yet");
        return new Finding(Finding.Topic.NEXT_SESSION, level, "Next session due by " + UkDates.format(next.dueOn()) + ", at the latest "
                + UkDates.format(latest) + " (" + next.rule() + ")" + booked + ".");
    }

    /** The gap check for the last two held sessions, reported when the later one came too late. */
    Optional<GapCheck> lastGap(List<Finding> findings) {
        List<SupervisionSession> held = formal.heldOnOrBefore(clock.today());
        if (held.size() < 2) {
            return Optional.empty();
        }
        SupervisionSession last = held.get(held.size() - 1);
        Optional<GapCheck> gap = gapBetween(held.get(held.size() - 2).date(), last);
        gap.filter(GapCheck::exceeded).ifPresent(g -> findings.add(new Finding(Finding.Topic.LAST_GAP,
                g.reasonGiven() ? Status.ON_TRACK : Status.DUE_SOON,
                "The session on " + UkDates.format(g.session()) + " came " + days(g.daysOver()) + " after the latest permitted date, "
                        + UkDates.format(g.latestPermitted()) + " (" + g.rule() + ")"
                        + (g.reasonGiven() ? "; the record gives the reason." : "; its record must say why the gap was longer than agreed."))));
        return gap;
    }

    Optional<GapCheck> gapBetween(LocalDate previous, SupervisionSession session) {
        return nextRule.after(previous).map(raw -> {
            LocalDate latest = latestWorkingDay(raw);
            long over = session.date().isAfter(latest) ? ChronoUnit.DAYS.between(latest, session.date()) : 0;
            return new GapCheck(previous, session.date(), latest, over, !session.gapReason().isEmpty(), raw.explained());
        });
    }

    /** Calendar rules move back to a working day; a shift-based date is a day they work, so it stays. */
    private LocalDate latestWorkingDay(NextDue raw) {
        boolean shiftDate = nextRule.shiftsAfter(raw.after()).flatMap(NextSessionRule.ShiftCount::lastAllowedShift)
                .filter(raw.latestOn()::equals).isPresent();
        return shiftDate ? raw.latestOn() : calendar.onOrBefore(raw.latestOn());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
