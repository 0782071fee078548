package uk.supervisiondesk.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.policy.pack.PolicyPack;

/** Formal sessions held per month against those the rules required, for the dashboard's chart. */
public final class SessionsByMonth {

    /** One month's bars: sessions held and sessions the policy called for. */
    public record Month(YearMonth month, int held, double required) {
    }

    private SessionsByMonth() {
    }

    /** Totals over everyone given, for the months {@code from} to {@code to} inclusive. */
    public static List<Month> count(List<SuperviseeStatus> who, PolicyPack pack, YearMonth from, YearMonth to) {
        Map<YearMonth, double[]> counts = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new double[2]);
        }
        SessionsRequired required = new SessionsRequired(pack);
        for (SuperviseeStatus s : who) {
            for (SupervisionSession session : s.sessions().stream().map(SessionEntry::session).toList()) {
                double[] c = counts.get(YearMonth.from(session.date()));
                if (c != null && session.wasHeld() && required.countsAsFormal(session.kind())) {
                    c[0]++;
                }
            }
            counts.forEach((m, c) -> c[1] += required.between(s.supervisee(), m.atDay(1), m.atEndOfMonth()));
        }
        List<Month> months = new ArrayList<>();
        counts.forEach((m, c) -> months.add(new Month(m, (int) c[0], c[1])));
        return months;
    }
}
