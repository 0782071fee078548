package uk.supervisiondesk.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The monthly return as CSV, one line per supervisee and a team-total line last. */
public final class MonthlyReturnCsv {
    public static final String HEADER = "month,employee_number,name,team,role,sessions_required,sessions_held,"
            + "sessions_postponed,sessions_cancelled,overdue_at_month_end,days_overdue_at_month_end,"
            + "records_with_signing_deadline,"
            + "records_signed_in_time,observations_this_year,observations_required_this_year,status";

    private MonthlyReturnCsv() {
    }

    /** 1 rather than 1.0; 0.5 stays as it is. */
    public static String sessions(double count) {
        return count == Math.rint(count) ? Long.toString(Math.round(count)) : Double.toString(count);
    }

    public static void write(MonthlyReturn report, Writer out) throws IOException {
        out.write(HEADER + "\n");
        List<MonthlyReturn.Line> all = new ArrayList<>(report.lines());
        all.add(report.totals());
        for (MonthlyReturn.Line l : all) {
            boolean total = l == report.totals();
            out.write(String.join(",", report.month().toString(), Csv.field(l.employeeNumber()), Csv.field(l.name()),
                    Csv.field(l.team()), Csv.field(l.role()), sessions(l.required()),
                    Integer.toString(l.held()), Integer.toString(l.postponed()), Integer.toString(l.cancelled()),
                    // The total line counts the people overdue; days only make sense per person.
                    total ? Long.toString(l.overdueDaysAtMonthEnd()) : (l.overdue() ? "yes" : "no"),
                    total ? "" : Long.toString(l.overdueDaysAtMonthEnd()), Integer.toString(l.recordsDue()),
                    Integer.toString(l.signedInTime()), Integer.toString(l.observationsDone()),
                    Integer.toString(l.observationsRequired()), total ? "" : l.status()) + "\n");
        }
        out.flush();
    }
}
