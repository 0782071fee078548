package uk.supervisiondesk.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly supervision return for the senior manager: per supervisee, what the policy
 * required in the month and what happened, with team totals.
 */
public record MonthlyReturn(YearMonth month, String packName, List<Line> lines, Line totals) {

    public MonthlyReturn {
        lines = List.copyOf(lines);
    }

    /**
     * @param required              formal sessions the policy called for in the month (a half for bi-monthly rules)
     * @param overdueDaysAtMonthEnd how late the next formal session was on the last day of the month; 0 if not
     *                              late. On the totals line: how many people were overdue
     * @param recordsDue            records of sessions held in the month that have a signing deadline
     * @param signedInTime          of those, how many both parties signed by the deadline
     * @param observationsRequired  for the observation year up to the month's end; 0 where the policy sets none
     */
    public record Line(String employeeNumber, String name, String team, String role, double required, int held,
                       int postponed, int cancelled, long overdueDaysAtMonthEnd, int recordsDue, int signedInTime,
                       int observationsDone, int observationsRequired, String status) {

        public boolean overdue() {
            return overdueDaysAtMonthEnd > 0;
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }
}
