package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
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

    /** One month's bar: sessions held and sessions that fell due. */
    public record Month(YearMonth month, int held, int required) {
    }

    private SessionsByMonth() {
    }

    /** Totals over everyone given, for the months {@code from} to {@code to} inclusive. */
    public static List<Month> count(List<SuperviseeStatus> who, PolicyPack pack, YearMonth from, YearMonth to) {
        Map<YearMonth, int[]> counts = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new int[2]);
        }
        SessionsFallingDue falling = new SessionsFallingDue(pack);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        for (SuperviseeStatus s : who) {
            List<SupervisionSession> sessions = s.sessions().stream().map(SessionEntry::session).toList();
            for (SupervisionSession session : sessions) {
                int[] c = counts.get(YearMonth.from(session.date()));
                if (c != null && session.wasHeld() && falling.countsAsFormal(session.kind())) {
                    c[0]++;
                }
            }
            for (LocalDate due : falling.dueDates(s.supervisee(), sessions, first, last)) {
                counts.get(YearMonth.from(due))[1]++;
            }
        }
        List<Month> months = new ArrayList<>();
        counts.forEach((m, c) -> months.add(new Month(m, c[0], c[1])));
        return months;
    }
}
