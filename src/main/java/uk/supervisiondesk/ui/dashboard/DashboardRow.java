package uk.supervisiondesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.SuperviseeStatus;
import uk.supervisiondesk.policy.compliance.Finding;
import uk.supervisiondesk.policy.compliance.Status;
import uk.supervisiondesk.ui.Messages;

/** One supervisee's line on the dashboard. */
public record DashboardRow(SuperviseeStatus standing, String name, String team, String role, Status status,
                           String statusText, String lastSession, LocalDate nextDue, String nextDueText,
                           String reason, String searchText, int notYetFiled) {

    static DashboardRow of(SuperviseeStatus s) {
        return of(s, 0);
    }

    /** @param notYetFiled completed records of theirs not yet in the export folder */
    static DashboardRow of(SuperviseeStatus s, int notYetFiled) {
        var supervisee = s.supervisee();
        Status status = s.result().status();
        LocalDate nextDue = s.result().nextSession().map(n -> n.dueOn()).orElse(null);
        List<String> why = s.result().why();
        String role = supervisee.currentRole().map(Role::displayName).orElse("");
        return new DashboardRow(s, supervisee.personal().sortName(), supervisee.employment().team(), role, status,
                statusText(status), UkDates.format(s.lastSession().orElse(null)), nextDue, UkDates.format(nextDue),
                why.isEmpty() ? "" : why.get(0) + (why.size() > 1 ? " " + Messages.get("dashboard.andMore", why.size() - 1) : ""),
                String.join(" ", supervisee.personal().forenames(), supervisee.personal().surname(),
                        supervisee.employeeNumber(), supervisee.employment().team(), role).toLowerCase(Locale.UK),
                notYetFiled);
    }

    static String statusText(Status status) {
        return Messages.get("status." + status.key());
    }

    public long superviseeId() {
        return standing.supervisee().id();
    }

    /** Findings worth the manager's attention first: worst first, notes last. */
    public List<Finding> findingsWorstFirst() {
        java.util.stream.Stream<Finding> filing = notYetFiled == 0 ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of(new Finding(Finding.Topic.FILING, Status.ON_TRACK,
                        Messages.get("exportFile.dashboard.notYetFiled", notYetFiled)));
        return java.util.stream.Stream.concat(standing.result().findings().stream(), filing)
                .sorted((a, b) -> b.level().compareTo(a.level())).toList();
    }
}
