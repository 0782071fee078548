package uk.supervisiondesk.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.Frequency;
import uk.supervisiondesk.policy.pack.NewStarterRule;
import uk.supervisiondesk.policy.pack.NewlyQualifiedRules;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.RoleFrequency;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.policy.pack.SteppedFrequency;

/**
 * Which of a pack's frequency rules govern one supervisee on a given day. The role held that
 * day picks the role rule, so a mid-year role change changes the rule from that date. Where
 * several rules apply (role, new starter, ASYE step, the frequency written in the agreement)
 * the one that needs the next session soonest wins: each is a minimum, so all must be met.
 */
public final class RulesInForce {
    private final PolicyPack pack;
    private final Supervisee supervisee;
    private final Optional<Span> agreedFrequency;

    /** @param agreedFrequency the frequency written in the supervision agreement, if one is recorded */
    public RulesInForce(PolicyPack pack, Supervisee supervisee, Optional<Span> agreedFrequency) {
        this.pack = pack;
        this.supervisee = supervisee;
        this.agreedFrequency = agreedFrequency;
    }

    public PolicyPack pack() {
        return pack;
    }

    public Supervisee supervisee() {
        return supervisee;
    }

    /** The day supervision starts: the employment start, or the first role if no start is recorded. */
    public Optional<LocalDate> supervisionStart() {
        Employment job = supervisee.employment();
        if (job.employmentStart() != null) {
            return Optional.of(job.employmentStart());
        }
        return supervisee.roleHistory().stream().map(RoleAssignment::from).min(Comparator.naturalOrder());
    }

    public Optional<RoleFrequency> roleRuleOn(LocalDate day) {
        return supervisee.roleOn(day).flatMap(role -> pack.supervision().ruleFor(role));
    }

    /** Whether the supervisee is in the ASYE on {@code day} under this pack. */
    public boolean inAsyeOn(LocalDate day) {
        LocalDate asyeStart = supervisee.employment().asyeStart();
        return asyeStart != null && pack.newlyQualified().filter(nq -> nq.covers(asyeStart, day)).isPresent()
                && supervisee.roleOn(day).filter(Role::isRegisteredSocialWorker).isPresent();
    }

    /** The strictest calendar rule on {@code day}; empty when none applies (no role, shifts-only, "as agreed" with no agreement). */
    public Optional<RuleInForce> on(LocalDate day) {
        List<RuleInForce> candidates = new ArrayList<>();
        roleRuleOn(day).ifPresent(r -> {
            if (r.frequency() instanceof Frequency.Every every) {
                candidates.add(new RuleInForce(every, supervisee.roleOn(day).orElseThrow().displayName() + ": " + every,
                        r.source()));
            }
        });
        supervisee.roleOn(day).ifPresent(role -> pack.supervision().newStarters().stream()
                .filter(n -> n.roles().contains(role) && isNewStarterOn(n, day))
                .forEach(n -> candidates.add(new RuleInForce(Frequency.Every.of(n.every()),
                        "new starter: every " + n.every() + " for the first " + n.firstPeriod(), n.source()))));
        asyeStepOn(day).ifPresent(candidates::add);
        agreedFrequency.ifPresent(span -> candidates.add(new RuleInForce(Frequency.Every.of(span),
                "supervision agreement: every " + span, "supervision agreement")));
        return candidates.stream().min(Comparator
                .comparing((RuleInForce r) -> r.every().latest().after(day))
                .thenComparing(r -> r.every().due().after(day)));
    }

    private boolean isNewStarterOn(NewStarterRule rule, LocalDate day) {
        LocalDate start = supervisee.employment().employmentStart();
        return start != null && !day.isBefore(start) && day.isBefore(rule.firstPeriod().after(start));
    }

    private Optional<RuleInForce> asyeStepOn(LocalDate day) {
        if (!inAsyeOn(day)) {
            return Optional.empty();
        }
        NewlyQualifiedRules nq = pack.newlyQualified().orElseThrow();
        LocalDate asyeStart = supervisee.employment().asyeStart();
        return nq.frequency().stepOn(asyeStart, day).map(s -> new RuleInForce(Frequency.Every.of(s.step().every()),
                "ASYE: every " + s.step().every() + stepEnd(s), s.step().source()));
    }

    private static String stepEnd(SteppedFrequency.ActiveStep s) {
        return s.until() == null ? " to the end of the ASYE" : " until " + UkDates.format(s.until().minusDays(1));
    }

    /** Days after {@code after} and up to {@code until} on which the rule in force may change. */
    public List<LocalDate> changesBetween(LocalDate after, LocalDate until) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (RoleAssignment r : supervisee.roleHistory()) {
            days.add(r.from());
            if (r.to() != null) {
                days.add(r.to().plusDays(1));
            }
        }
        LocalDate asyeStart = supervisee.employment().asyeStart();
        if (asyeStart != null) {
            pack.newlyQualified().ifPresent(nq -> {
                days.add(asyeStart);
                days.add(nq.lasts().after(asyeStart));
                nq.frequency().laidOutFrom(asyeStart).forEach(s -> days.add(s.from()));
            });
        }
        LocalDate start = supervisee.employment().employmentStart();
        if (start != null) {
            pack.supervision().newStarters().forEach(n -> days.add(n.firstPeriod().after(start)));
        }
        return new ArrayList<>(days.subSet(after, false, until, true));
    }
}
