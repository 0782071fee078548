package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.policy.rules.RuleInForce;
import uk.supervisiondesk.policy.rules.RulesInForce;

/**
 * How many formal sessions the policy calls for in a period: for each day in post, the share
 * of a session the rule in force that day asks for (a monthly rule one a month, a fortnightly
 * one two, a weekly ASYE step four or five, a bi-monthly one half). Rounded to whole sessions,
 * or to a half below one, as a manager would count them. Days under a shift-based rule, or a
 * frequency left to the agreement with none recorded, call for nothing by the calendar.
 */
final class SessionsRequired {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final PolicyPack pack;

    SessionsRequired(PolicyPack pack) {
        this.pack = pack;
    }

    double between(Supervisee supervisee, LocalDate from, LocalDate to) {
        RulesInForce rules = new RulesInForce(pack, supervisee, Optional.empty());
        Optional<LocalDate> start = rules.supervisionStart();
        if (start.isEmpty()) {
            return 0;
        }
        LocalDate first = start.get().isAfter(from) ? start.get() : from;
        LocalDate leaving = supervisee.employment().leavingDate();
        LocalDate last = leaving != null && leaving.isBefore(to) ? leaving : to;
        double share = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<RuleInForce> rule = rules.on(day);
            if (rule.isPresent()) {
                share += 1.0 / days(rule.get().every().due());
            }
        }
        return rounded(share);
    }

    boolean countsAsFormal(SessionKind kind) {
        return pack.supervision().countsAs().contains(kind);
    }

    static double rounded(double sessions) {
        return sessions < 1 ? Math.round(sessions * 2) / 2.0 : Math.round(sessions);
    }

    private static double days(Span span) {
        return switch (span.unit()) {
            case DAYS -> span.amount();
            case WEEKS -> 7.0 * span.amount();
            case MONTHS -> DAYS_PER_MONTH * span.amount();
            case YEARS -> 365.2425 * span.amount();
        };
    }
}
