package uk.supervisiondesk.policy.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.MissedSessionRule;

/**
 * Sandwell App. 1 and App. 3: a missed session is rebooked and held within the window, or both
 * parties report it to the supervisor's manager. A missed session is made good by any formal
 * session held after it. It escalates when the window has passed with no new date or with a
 * new date outside the window, or when the new date came and went without the session.
 */
final class MissedSessionCheck {
    private final Optional<MissedSessionRule> rule;
    private final DeadlineClock clock;

    MissedSessionCheck(Optional<MissedSessionRule> rule, DeadlineClock clock) {
        this.rule = rule;
        this.clock = clock;
    }

    List<MissedSessionFollowUp> followUps(SessionHistory formal, List<Finding> findings) {
        List<MissedSessionFollowUp> out = new ArrayList<>();
        LocalDate today = clock.today();
        for (SupervisionSession s : formal.all()) {
            if (!s.wasMissed() || s.date().isAfter(today)) {
                continue;
            }
            if (s.reason().isEmpty()) {
                findings.add(new Finding(Finding.Topic.MONITORING, Status.DUE_SOON, "The session missed on " + UkDates.format(s.date())
                        + " has no reason recorded; the monitoring sheet asks for one (Sandwell App. 3)."));
            }
            if (rule.isEmpty() || formal.heldBetween(s.date(), today)) {
                continue;
            }
            out.add(followUp(s, rule.get(), findings));
        }
        return out;
    }

    private MissedSessionFollowUp followUp(SupervisionSession s, MissedSessionRule r, List<Finding> findings) {
        LocalDate today = clock.today();
        LocalDate reportBy = r.rescheduleWithin().after(s.date());
        Optional<LocalDate> newDate = s.newDate();
        String missed = "The session missed on " + UkDates.format(s.date());
        String why;
        boolean escalate;
        if (newDate.isPresent() && newDate.get().isBefore(today)) {
            escalate = true;
            why = missed + " was rebooked for " + UkDates.format(newDate.get()) + ", which has passed without a session";
        } else if (today.isAfter(reportBy) && newDate.isEmpty()) {
            escalate = true;
            why = missed + " was not rebooked within " + r.rescheduleWithin();
        } else if (today.isAfter(reportBy)) {
            escalate = true;
            why = missed + " was rebooked for " + UkDates.format(newDate.get()) + ", outside the " + r.rescheduleWithin() + " allowed";
        } else {
            escalate = false;
            why = missed + newDate.map(d -> " is rebooked for " + UkDates.format(d)).orElse(" has no new date yet")
                    + "; it must be held by " + UkDates.format(reportBy) + " or reported to the supervisor's manager";
        }
        String text = why + (escalate ? ": report it to the supervisor's manager (" + r.source() + ")." : " (" + r.source() + ").");
        findings.add(new Finding(Finding.Topic.MISSED_SESSION, escalate ? Status.ESCALATE : Status.DUE_SOON, text));
        return new MissedSessionFollowUp(s.date(), newDate, s.reason(), reportBy, escalate, text);
    }
}
