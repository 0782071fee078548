package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.calendar.WorkingDayCalendar;
import uk.supervisiondesk.policy.pack.AgreementReviewRule;
import uk.supervisiondesk.policy.pack.PolicyPack;

/**
 * When the supervision agreement must be reviewed: the pack's interval after it was last agreed,
 * or at once when a new supervisor has taken over since (where the pack says so). With no
 * agreement recorded one is due from the start of supervision.
 */
final class AgreementCheck {
    private final PolicyPack pack;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;

    AgreementCheck(PolicyPack pack, WorkingDayCalendar calendar, DeadlineClock clock) {
        this.pack = pack;
        this.calendar = calendar;
        this.clock = clock;
    }

    Optional<AgreementReviewDue> reviewDue(AgreementFacts facts, Optional<LocalDate> supervisionStart, List<Finding> findings) {
        if (pack.agreement().isEmpty()) {
            return Optional.empty();
        }
        AgreementReviewRule rule = pack.agreement().get();
        LocalDate due;
        String reason;
        if (facts.lastAgreedOn() == null) {
            LocalDate from = facts.supervisorChangedOn() != null ? facts.supervisorChangedOn() : supervisionStart.orElse(clock.today());
            due = calendar.onOrAfter(from);
            reason = "no supervision agreement is recorded; one is needed at the start of the supervisory relationship";
        } else {
            due = calendar.onOrBefore(rule.every().after(facts.lastAgreedOn()));
            reason = "agreed on " + UkDates.format(facts.lastAgreedOn()) + " and reviewed every " + rule.every();
            LocalDate changed = facts.supervisorChangedOn();
            if (rule.onChangeOfSupervisor() && changed != null && changed.isAfter(facts.lastAgreedOn()) && changed.isBefore(due)) {
                due = calendar.onOrAfter(changed);
                reason = "a new supervisor took over on " + UkDates.format(changed) + ", after the agreement of "
                        + UkDates.format(facts.lastAgreedOn());
            }
        }
        findings.add(clock.finding(Finding.Topic.AGREEMENT, due, "The supervision agreement review (" + reason + "; " + rule.source() + ")"));
        return Optional.of(new AgreementReviewDue(due, reason, clock.daysOverdue(due), rule.source()));
    }
}
