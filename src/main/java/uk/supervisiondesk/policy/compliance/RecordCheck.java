package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.Deadline;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.RecordDeadlines;

/**
 * Held sessions whose record has not yet reached the supervisee or been signed by both. Deadlines
 * count working days after the session (Sandwell 3, Sefton 5, Blackpool 10); where the pack sets
 * none the record is still listed, without a deadline.
 */
final class RecordCheck {
    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;

    RecordCheck(PolicyPack pack, WorkingDayCalendar calendar, DeadlineClock clock) {
        this.pack = pack;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<RecordAwaiting> awaiting(List<SupervisionSession> sessions, List<Finding> findings) {
        Optional<RecordDeadlines> rule = pack.records();
        Set<SessionKind> kinds = rule.map(RecordDeadlines::kinds).orElse(pack.supervision().countsAs());
        String source = rule.map(RecordDeadlines::source).orElse("no timescale in this policy");
        List<RecordAwaiting> out = new ArrayList<>();
        for (SupervisionSession s : sessions) {
            if (!s.wasHeld() || !kinds.contains(s.kind()) || s.date().isAfter(clock.today())) {
                continue;
            }
            if (s.sharedOn() == null) {
                out.add(item(s, RecordAwaiting.Step.SHARING, rule.flatMap(RecordDeadlines::shareWithin), source, findings));
            }
            if (s.signedOn() == null) {
                out.add(item(s, RecordAwaiting.Step.SIGNATURE, rule.flatMap(RecordDeadlines::signWithin), source, findings));
            }
        }
        lateSignature(sessions, kinds, rule, source).ifPresent(findings::add);
        return out;
    }

    /**
     * A note when the latest signed record was signed after the pack's signing deadline, so a late
     * signature still shows on the dashboard once it is in. Earlier ones are history for the monthly return.
     */
    private Optional<Finding> lateSignature(List<SupervisionSession> sessions, Set<SessionKind> kinds,
                                            Optional<RecordDeadlines> rule, String source) {
        Optional<Deadline> within = rule.flatMap(RecordDeadlines::signWithin);
        if (within.isEmpty()) {
            return Optional.empty();
        }
        return sessions.stream()
                .filter(s -> s.wasHeld() && kinds.contains(s.kind()) && s.signedOn() != null
                        && !s.date().isAfter(clock.today()))
                .max(java.util.Comparator.comparing(SupervisionSession::date))
                .flatMap(s -> {
                    LocalDate deadline = calendar.addWorkingDays(s.date(), within.get().workingDays());
                    if (!s.signedOn().isAfter(deadline)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Finding(Finding.Topic.RECORDS, Status.ON_TRACK, "The record of the "
                            + s.kind().displayName().toLowerCase(Locale.UK) + " session on " + UkDates.format(s.date())
                            + " was signed late: on " + UkDates.format(s.signedOn()) + ", after its deadline of "
                            + UkDates.format(deadline) + " (within " + within.get() + ", " + source + ")."));
                });
    }

    private RecordAwaiting item(SupervisionSession s, RecordAwaiting.Step step, Optional<Deadline> within, String source,
                                List<Finding> findings) {
        String what = "The record of the " + s.kind().displayName().toLowerCase(Locale.UK) + " session on "
                + UkDates.format(s.date()) + (step == RecordAwaiting.Step.SHARING ? " has not been shared" : " has not been signed by both");
        if (within.isEmpty()) {
            findings.add(new Finding(Finding.Topic.RECORDS, Status.ON_TRACK, what + " (the policy sets no timescale)."));
            return new RecordAwaiting(s.date(), s.kind(), step, Optional.empty(), 0, source);
        }
        LocalDate deadline = calendar.addWorkingDays(s.date(), within.get().workingDays());
        Finding f = clock.finding(Finding.Topic.RECORDS, deadline, what + "; within " + within.get() + " (" + source + ") it");
        findings.add(f);
        return new RecordAwaiting(s.date(), s.kind(), step, Optional.of(deadline), clock.daysOverdue(deadline), source);
    }
}
