package uk.supervisiondesk.importing;

import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.UkDates;

/**
 * What one row of a staff file says about a member of staff.
 *
 * @param asyeStart   null when empty (or when the file has no such column)
 * @param leavingDate null when empty (or when the file has no such column)
 */
record StaffLine(int line, String employeeNumber, String forenames, String surname, Role role, String team,
                 LocalDate employmentStart, LocalDate asyeStart, LocalDate leavingDate) {

    /**
     * Reads the row's cells, reporting each empty required cell, date that is not a date, and unknown
     * role on the row. Empty when a value needed to build a front sheet is missing.
     */
    static Optional<StaffLine> read(ImportRow row) {
        String number = row.required(StaffColumn.EMPLOYEE_NUMBER, "every member of staff needs their employee"
                + " number from payroll or HR");
        String forenames = row.required(StaffColumn.FORENAMES, "enter their forename(s)");
        String surname = row.required(StaffColumn.SURNAME, "enter their surname");
        Role role = role(row);
        String team = row.required(StaffColumn.TEAM, "enter the service and team they work in");
        LocalDate start = row.requiredDate(StaffColumn.EMPLOYMENT_START, "enter the date their employment started");
        LocalDate asye = row.date(StaffColumn.ASYE_START);
        LocalDate leaving = row.date(StaffColumn.LEAVING_DATE);
        if (asye != null && role != null && !role.isRegisteredSocialWorker()) {
            row.problem(StaffColumn.ASYE_START, "ASYE start date " + UkDates.format(asye) + " is given, but "
                    + role.displayName() + " is not a social work role: an ASYE is only for newly qualified social"
                    + " workers. Clear the ASYE start date or correct the role.");
        }
        if (number == null || forenames == null || surname == null || role == null || team == null
                || start == null) {
            return Optional.empty();
        }
        return Optional.of(new StaffLine(row.line(), number, forenames, surname, role, team, start, asye, leaving));
    }

    private static Role role(ImportRow row) {
        String text = row.required(StaffColumn.ROLE, "use one of: " + RoleNames.accepted());
        if (text == null) {
            return null;
        }
        Optional<Role> role = RoleNames.parse(text);
        if (role.isEmpty()) {
            String heading = row.heading(StaffColumn.ROLE);
            row.problem(StaffColumn.ROLE, RoleNames.meansNewlyQualified(text)
                    ? "Role \"" + text + "\" is not a role of its own: use \"Social Worker\" and give the date the"
                    + " ASYE started in column \"" + row.heading(StaffColumn.ASYE_START) + "\"."
                    : "Role \"" + text + "\" in column \"" + heading + "\" is not one we know. Use one of: "
                    + RoleNames.accepted() + ".");
        }
        return role.orElse(null);
    }
}
