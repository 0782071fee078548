package uk.supervisiondesk.ui.staff;

import java.time.LocalDate;
import java.util.Locale;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.ui.Messages;

/** One line of the staff register list, with what the list shows and searches. */
public record StaffRow(Supervisee supervisee, String name, String employeeNumber, String role, String team,
                       String status, boolean leaver, String searchText) {

    static StaffRow of(Supervisee s, LocalDate today) {
        LocalDate leaving = s.employment().leavingDate();
        boolean leaver = s.isLeaverOn(today);
        String status;
        if (leaver) {
            status = Messages.get("staff.status.left", UkDates.format(leaving));
        } else if (leaving != null) {
            status = Messages.get("staff.status.leaving", UkDates.format(leaving));
        } else if (s.employment().asyeStart() != null && !s.employment().asyeStart().plusYears(1).isBefore(today)) {
            status = Messages.get("staff.status.asye");
        } else {
            status = Messages.get("staff.status.active");
        }
        String role = s.currentRole().map(Role::displayName).orElse("");
        String search = String.join(" ", s.personal().forenames(), s.personal().surname(),
                s.personal().previousNames(), s.employeeNumber(), s.employment().team(), s.employment().jobTitle(),
                role).toLowerCase(Locale.UK);
        return new StaffRow(s, s.personal().sortName(), s.employeeNumber(), role, s.employment().team(), status,
                leaver, search);
    }

    public long id() {
        return supervisee.id();
    }
}
