package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.compliance.ComplianceResult;
import uk.supervisiondesk.policy.compliance.ObservationTally;
import uk.supervisiondesk.policy.pack.Deadline;
import uk.supervisiondesk.policy.pack.RecordDeadlines;

/**
 * Builds the monthly return as things stood at the end of the month: later sessions and later
 * signatures are left out, so running it again next week gives the same figures.
 */
public final class MonthlyReturnBuilder {
    private final ComplianceOverview overview;

    public MonthlyReturnBuilder(ComplianceOverview overview) {
        this.overview = overview;
    }

    public MonthlyReturn build(YearMonth month, PolicyInUse policy) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        ComplianceOverview.Inputs inputs = overview.load(policy.pack());
        var engine = policy.engine();
        SessionsRequired falling = new SessionsRequired(policy.pack());
        List<MonthlyReturn.Line> lines = new ArrayList<>();
        for (Supervisee s : overview.staff().findAll()) {
            boolean inPost = !s.employment().employmentStart().isAfter(last) && !s.isLeaverOn(first);
            if (!inPost) {
                continue;
            }
            List<SupervisionSession> known = asAt(inputs.sheet().getOrDefault(s.id(), List.of()), last);
            ComplianceResult atMonthEnd = engine.assess(inputs.factsFor(s, known, last), last);
            List<SupervisionSession> inMonth = known.stream()
                    .filter(x -> !x.date().isBefore(first) && !x.date().isAfter(last)).toList();
            int held = (int) inMonth.stream().filter(x -> x.wasHeld() && falling.countsAsFormal(x.kind())).count();
            int postponed = count(inMonth, SessionOutcome.POSTPONED);
            int cancelled = count(inMonth, SessionOutcome.CANCELLED);
            int[] records = recordsSignedInTime(inMonth, policy);
            int[] observations = observations(atMonthEnd);
            lines.add(new MonthlyReturn.Line(s.employeeNumber(), s.fullName(), s.employment().team(),
                    s.roleOn(last).or(s::currentRole).map(Role::displayName).orElse(""),
                    falling.between(s, first, last), held, postponed, cancelled,
                    atMonthEnd.nextSession().map(n -> n.daysOverdue()).orElse(0L), records[0], records[1],
                    observations[0], observations[1], atMonthEnd.status().key()));
        }
        return new MonthlyReturn(month, policy.pack().name(), lines, totals(lines));
    }

    /** The monitoring sheet as it stood on {@code day}: nothing booked, shared or signed after it. */
    private static List<SupervisionSession> asAt(List<SessionEntry> rows, LocalDate day) {
        List<SupervisionSession> known = new ArrayList<>();
        for (SessionEntry row : rows) {
            SupervisionSession s = row.session();
            if (s.date().isAfter(day) && s.outcome() != SessionOutcome.PLANNED) {
                continue;
            }
            LocalDate shared = s.sharedOn() != null && !s.sharedOn().isAfter(day) ? s.sharedOn() : null;
            LocalDate signed = s.signedOn() != null && !s.signedOn().isAfter(day) ? s.signedOn() : null;
            known.add(s.withRecord(shared, signed));
        }
        return known;
    }

    private static int count(List<SupervisionSession> sessions, SessionOutcome outcome) {
        return (int) sessions.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** {records with a signing deadline, of which signed by both in time}. */
    private static int[] recordsSignedInTime(List<SupervisionSession> inMonth, PolicyInUse policy) {
        Optional<RecordDeadlines> rule = policy.pack().records();
        Optional<Deadline> within = rule.flatMap(RecordDeadlines::signWithin);
        if (rule.isEmpty() || within.isEmpty()) {
            return new int[] {0, 0};
        }
        int due = 0;
        int inTime = 0;
        for (SupervisionSession s : inMonth) {
            if (s.wasHeld() && rule.get().kinds().contains(s.kind())) {
                due++;
                LocalDate deadline = policy.calendar().addWorkingDays(s.date(), within.get().workingDays());
                if (s.signedOn() != null && !s.signedOn().isAfter(deadline)) {
                    inTime++;
                }
            }
        }
        return new int[] {due, inTime};
    }

    private static int[] observations(ComplianceResult result) {
        int done = 0;
        int required = 0;
        for (ObservationTally t : result.observations()) {
            done += t.done();
            required += t.required();
        }
        return new int[] {done, required};
    }

    private static MonthlyReturn.Line totals(List<MonthlyReturn.Line> lines) {
        return new MonthlyReturn.Line("", "Team total", "", "",
                lines.stream().mapToDouble(MonthlyReturn.Line::required).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::held).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::postponed).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::cancelled).sum(),
                lines.stream().filter(MonthlyReturn.Line::overdue).count(),
                lines.stream().mapToInt(MonthlyReturn.Line::recordsDue).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::signedInTime).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::observationsDone).sum(),
                lines.stream().mapToInt(MonthlyReturn.Line::observationsRequired).sum(), "");
    }
}
