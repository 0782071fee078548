package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.rules.NextSessionRule;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * Works out, for one supervisee on one day, what is due and overdue under a policy pack, and
 * the dashboard status with its reasons. Pure: it reads only the facts it is given. The status
 * rules are set out on {@link Status}.
 */
public final class ComplianceEngine {
    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;

    public ComplianceEngine(PolicyPack pack, WorkingDayCalendar calendar) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public PolicyPack pack() {
        return pack;
    }

    public ComplianceResult assess(SuperviseeFacts facts, LocalDate today) {
        Supervisee supervisee = facts.supervisee();
        List<Finding> findings = new ArrayList<>();
        DeadlineClock clock = new DeadlineClock(today, pack.settings().dueSoonWithin());
        RulesInForce rules = new RulesInForce(pack, supervisee, facts.agreement().agreedFrequency());
        SessionHistory formal = new SessionHistory(facts.sessions(), pack.supervision().countsAs());
        NextSessionCheck next = nextSessionCheck(rules, facts, clock, formal);
        boolean left = supervisee.isLeaverOn(today);

        Optional<NextSessionDue> nextSession = next.nextSession(findings);
        Optional<GapCheck> lastGap = next.lastGap(findings);
        List<RecordAwaiting> records = new RecordCheck(pack, calendar, clock).awaiting(facts.sessions(), findings);
        List<MissedSessionFollowUp> missed = left ? List.of()
                : new MissedSessionCheck(pack.missedSessions(), clock).followUps(formal, findings);
        Optional<AgreementReviewDue> agreement = left ? Optional.empty()
                : new AgreementCheck(pack, calendar, clock).reviewDue(facts.agreement(), rules.supervisionStart(), findings);
        List<ObservationTally> observations = new ObservationCheck(pack, rules, clock).tallies(facts.observations(), findings);
        List<AsyeMilestoneDue> milestones = new AsyeMilestoneCheck(pack, calendar, clock)
                .milestones(supervisee, facts.asyeMilestonesDone(), findings);
        RhythmCheck rhythms = new RhythmCheck(pack, calendar, clock);
        List<OtherSessionDue> others = left || rules.supervisionStart().isEmpty() ? List.of()
                : rhythms.otherSessions(supervisee.roleOn(today), rules.supervisionStart().get(), facts.sessions(), findings);
        List<CaseDiscussionDue> cases = left ? List.of() : rhythms.cases(facts.cases(), findings);
        List<ActionFacts> open = facts.actions().stream().filter(ActionFacts::isOpen).toList();
        List<ActionFacts> overdue = open.stream().filter(a -> a.dueBy().isBefore(today)).toList();
        open.forEach(a -> findings.add(clock.finding(Finding.Topic.ACTIONS, a.dueBy(), "The action '" + a.what() + "'"
                + (a.who().isEmpty() ? "" : " (" + a.who() + ")"))));
        Optional<LocalDate> retainUntil = retention(supervisee, findings);

        Status status = findings.stream().map(Finding::level).reduce(Status.ON_TRACK, Status::worse);
        return new ComplianceResult(today, status, findings, nextSession, lastGap, records, agreement, observations,
                milestones, open, overdue, missed, others, cases, retainUntil);
    }

    /**
     * For a session being recorded: whether it comes later than the rules allowed after the last
     * session held before it. When it does, the record must say why.
     */
    public Optional<GapCheck> gapBefore(SuperviseeFacts facts, LocalDate sessionDate, String gapReason) {
        DeadlineClock clock = new DeadlineClock(sessionDate, pack.settings().dueSoonWithin());
        RulesInForce rules = new RulesInForce(pack, facts.supervisee(), facts.agreement().agreedFrequency());
        SessionHistory formal = new SessionHistory(facts.sessions(), pack.supervision().countsAs());
        Optional<LocalDate> previous = formal.lastHeldOnOrBefore(sessionDate.minusDays(1)).map(SupervisionSession::date)
                .or(rules::supervisionStart);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        SupervisionSession session = new SupervisionSession(sessionDate, pack.supervision().countsAs().iterator().next(),
                SessionOutcome.HELD, null, "", gapReason, null, null);
        return nextSessionCheck(rules, facts, clock, formal).gapBetween(previous.get(), session);
    }

    private NextSessionCheck nextSessionCheck(RulesInForce rules, SuperviseeFacts facts, DeadlineClock clock,
                                              SessionHistory formal) {
        return new NextSessionCheck(rules, new NextSessionRule(rules, facts.shiftsWorked()), calendar, clock, formal,
                pack.missedSessions());
    }

    private Optional<LocalDate> retention(Supervisee supervisee, List<Finding> findings) {
        LocalDate leaving = supervisee.employment().leavingDate();
        if (leaving == null || pack.retention().isEmpty()) {
            return Optional.empty();
        }
        LocalDate until = pack.retention().get().afterLeaving().after(leaving);
        findings.add(new Finding(Finding.Topic.RETENTION, Status.ON_TRACK, "The supervision file is kept until " + UkDates.format(until) + " ("
                + pack.retention().get().afterLeaving() + " after leaving, " + pack.retention().get().source() + ")."));
        return Optional.of(until);
    }
}
