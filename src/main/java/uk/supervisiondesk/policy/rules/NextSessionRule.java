package uk.supervisiondesk.policy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.Frequency;
import uk.supervisiondesk.policy.pack.LongestGap;
import uk.supervisiondesk.policy.pack.RoleFrequency;

/**
 * Works out when the next formal session is due after a given one. The rule in force on the
 * day of that session sets the gap. If a stricter rule starts before the gap runs out (an ASYE
 * begins, a role changes), the next session is due one of its intervals after it starts, if
 * that is sooner. A longest permitted gap (Sefton 3.2) caps every rule; for shift-based rules
 * (Sefton 3.18) the session is due on the day of the last allowed shift.
 */
public final class NextSessionRule {
    /** How far ahead to look for a rule starting when none is in force on the day of the last session. */
    private static final int LOOK_AHEAD_YEARS = 2;

    private final RulesInForce rules;
    private final List<LocalDate> shiftsWorked;

    /** @param shiftsWorked days the supervisee worked a shift, for shift-based rules; may be empty */
    public NextSessionRule(RulesInForce rules, List<LocalDate> shiftsWorked) {
        this.rules = rules;
        this.shiftsWorked = shiftsWorked.stream().sorted().toList();
    }

    public Optional<NextDue> after(LocalDate anchor) {
        NextDue best = rules.on(anchor)
                .map(r -> new NextDue(anchor, r.every().due().after(anchor), r.every().latest().after(anchor),
                        r.description(), r.source()))
                .orElse(null);
        LocalDate horizon = best == null ? anchor.plusYears(LOOK_AHEAD_YEARS) : best.latestOn();
        for (LocalDate change : rules.changesBetween(anchor, horizon)) {
            if (best != null && !change.isBefore(best.latestOn())) {
                break;
            }
            Optional<RuleInForce> starting = rules.on(change);
            if (starting.isPresent()) {
                LocalDate latest = starting.get().every().latest().after(change);
                if (best == null || latest.isBefore(best.latestOn())) {
                    best = new NextDue(anchor, starting.get().every().due().after(change), latest,
                            starting.get().description() + " from " + UkDates.format(change),
                            starting.get().source());
                }
            }
        }
        best = capByShifts(anchor, best);
        best = capByLongestGap(anchor, best);
        return Optional.ofNullable(best);
    }

    /** Shifts worked after {@code anchor} under a shift-based role rule, and how many are allowed; empty if none applies. */
    public Optional<ShiftCount> shiftsAfter(LocalDate anchor) {
        Optional<RoleFrequency> rule = rules.roleRuleOn(anchor);
        if (rule.isEmpty() || !(rule.get().frequency() instanceof Frequency.EverySessionsWorked count)) {
            return Optional.empty();
        }
        List<LocalDate> after = shiftsWorked.stream().filter(d -> d.isAfter(anchor)).toList();
        return Optional.of(new ShiftCount(after, count.sessions(), rule.get().source()));
    }

    /** Shifts worked since the last session against the number allowed before the next (Sefton 3.18). */
    public record ShiftCount(List<LocalDate> shifts, int allowed, String source) {
        public Optional<LocalDate> lastAllowedShift() {
            return shifts.size() >= allowed ? Optional.of(shifts.get(allowed - 1)) : Optional.empty();
        }
    }

    private NextDue capByShifts(LocalDate anchor, NextDue best) {
        Optional<ShiftCount> count = shiftsAfter(anchor);
        Optional<LocalDate> due = count.flatMap(ShiftCount::lastAllowedShift);
        if (due.isEmpty() || (best != null && !due.get().isBefore(best.latestOn()))) {
            return best;
        }
        return new NextDue(anchor, due.get(), due.get(),
                "every " + count.get().allowed() + " shifts worked", count.get().source());
    }

    private NextDue capByLongestGap(LocalDate anchor, NextDue best) {
        Optional<LongestGap> gap = rules.pack().supervision().longestGap();
        if (gap.isEmpty()) {
            return best;
        }
        LocalDate cap = gap.get().atMost().after(anchor);
        if (best != null && !cap.isBefore(best.latestOn())) {
            return best;
        }
        LocalDate due = best == null || best.dueOn().isAfter(cap) ? cap : best.dueOn();
        return new NextDue(anchor, due, cap, "never more than " + gap.get().atMost() + " apart", gap.get().source());
    }
}
