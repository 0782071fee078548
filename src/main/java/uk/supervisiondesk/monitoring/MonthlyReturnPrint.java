package uk.supervisiondesk.monitoring;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.supervisiondesk.pdf.TabularReport;

/** The monthly return laid out as a printable table for the senior manager. */
public final class MonthlyReturnPrint {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private MonthlyReturnPrint() {
    }

    public static TabularReport of(MonthlyReturn r, String authorityName) {
        List<String> columns = List.of("Supervisee", "Employee no.", "Team", "Role", "Required", "Held",
                "Postponed", "Cancelled", "Overdue at month end", "Records signed in time", "Observations this year",
                "Status");
        List<List<String>> rows = new ArrayList<>();
        for (MonthlyReturn.Line l : r.lines()) {
            rows.add(List.of(l.name(), l.employeeNumber(), l.team(), l.role(), MonthlyReturnCsv.sessions(l.required()),
                    Integer.toString(l.held()), Integer.toString(l.postponed()), Integer.toString(l.cancelled()),
                    l.overdue() ? l.overdueDaysAtMonthEnd() + " days" : "No",
                    l.recordsDue() == 0 ? "-" : l.signedInTime() + " of " + l.recordsDue(),
                    l.observationsRequired() == 0 ? Integer.toString(l.observationsDone())
                            : l.observationsDone() + " of " + l.observationsRequired(),
                    l.status().replace('_', ' ')));
        }
        MonthlyReturn.Line t = r.totals();
        List<String> totals = List.of("Team total (" + r.lines().size() + " staff)", "", "", "",
                MonthlyReturnCsv.sessions(t.required()), Integer.toString(t.held()), Integer.toString(t.postponed()),
                Integer.toString(t.cancelled()), t.overdueDaysAtMonthEnd() + " people",
                t.recordsDue() == 0 ? "-" : t.signedInTime() + " of " + t.recordsDue(),
                t.observationsRequired() == 0 ? Integer.toString(t.observationsDone())
                        : t.observationsDone() + " of " + t.observationsRequired(), "");
        return new TabularReport(authorityName, "Monthly supervision return",
                MONTH.format(r.month()) + "  \u00b7  " + r.packName(), columns, rows, totals, List.of(
                "Required: the formal sessions the policy calls for in the month for the days each person was in post "
                        + "(one a month, two for fortnightly supervision, a half for every two months). Held: formal sessions "
                        + "that took place.",
                "Overdue at month end: how late the next session was on the last day of the month. Records signed in "
                        + "time: records of sessions held in the month signed by both within the policy's deadline.",
                "Figures are as things stood at the end of the month, so the return reads the same when produced later."));
    }
}
