package uk.supervisiondesk.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.Role;

/**
 * The `due` command's CSV: one line per active supervisee, dates in ISO, empty where none.
 * The header is fixed so other tools can rely on it.
 */
public final class DueReport {
    public static final String HEADER = "employee_number,name,role,last_session,next_due,days_overdue,status,"
            + "unsigned_records,earliest_signing_deadline";

    private DueReport() {
    }

    public static void write(List<SuperviseeStatus> statuses, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\n");
        for (SuperviseeStatus s : statuses) {
            var next = s.result().nextSession();
            out.write(String.join(",",
                    Csv.field(s.supervisee().employeeNumber()),
                    Csv.field(s.supervisee().fullName()),
                    Csv.field(s.supervisee().currentRole().map(Role::key).orElse("")),
                    iso(s.lastSession().orElse(null)),
                    iso(next.map(n -> n.dueOn()).orElse(null)),
                    next.map(n -> Long.toString(n.daysOverdue())).orElse(""),
                    s.result().status().key(),
                    Integer.toString(s.unsignedRecords().size()),
                    iso(s.earliestSigningDeadline().orElse(null))));
            out.write("\n");
        }
        out.flush();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
