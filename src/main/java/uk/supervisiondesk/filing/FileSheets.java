package uk.supervisiondesk.filing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.pdf.TabularReport;

/**
 * The two sheets at the front of a supervision file that are not records: the personal details
 * front sheet (Sefton 9.1, Sandwell App. 8) and the monitoring sheet of every session booked, as
 * tables to print. Neither carries the day it was made, so the same details make the same sheet
 * and an export leaves it alone until something on it changes.
 */
final class FileSheets {
    private FileSheets() {
    }

    static TabularReport frontSheet(Supervisee person, String authorityName) {
        PersonalDetails p = person.personal();
        Employment e = person.employment();
        EmergencyContact c = person.emergencyContact();
        List<List<String>> rows = new ArrayList<>();
        add(rows, "Personal details", "Employee number", person.employeeNumber());
        add(rows, "Personal details", "Name", (p.title() + " " + p.fullName()).strip());
        add(rows, "Personal details", "Previous surnames or known as", p.previousNames());
        add(rows, "Personal details", "Date of birth", date(p.dateOfBirth()));
        add(rows, "Personal details", "Home address", p.homeAddress());
        add(rows, "Personal details", "Home phone", p.homePhone());
        add(rows, "Personal details", "Mobile phone", p.mobilePhone());
        add(rows, "Job", "Job title", e.jobTitle());
        add(rows, "Job", "Service and team", e.team());
        add(rows, "Job", "Supervisor", e.supervisorName());
        add(rows, "Job", "Workplace address", e.workplaceAddress());
        add(rows, "Job", "Work mobile", e.workMobile());
        add(rows, "Job", "Hours", e.isPartTime() ? "Part time, " + e.hoursPerWeek().stripTrailingZeros().toPlainString()
                + " hours a week" : "Full time");
        add(rows, "Job", "Started with the council", date(e.employmentStart()));
        add(rows, "Job", "Started current post", date(e.currentPostStart()));
        add(rows, "Job", "ASYE started", date(e.asyeStart()));
        add(rows, "Job", "Leaving date", date(e.leavingDate()));
        for (RoleAssignment role : person.roleHistory()) {
            add(rows, "Role history", role.role().displayName(), "From " + UkDates.format(role.from())
                    + (role.to() == null ? "" : " to " + UkDates.format(role.to())));
        }
        add(rows, "Emergency contact", "Name", c.name());
        add(rows, "Emergency contact", "Relationship", c.relationship());
        add(rows, "Emergency contact", "Daytime phone", c.daytimePhone());
        add(rows, "Emergency contact", "Evening phone", c.eveningPhone());
        add(rows, "Emergency contact", "Mobile phone", c.mobilePhone());
        add(rows, "Emergency contact", "Address", c.address());
        return new TabularReport(authorityName, "Personal details front sheet",
                person.fullName() + "  \u00b7  " + person.employeeNumber(), List.of("Part", "Detail", "Entry"), rows,
                List.of(), List.of("Kept up to date in Supervision Desk; a blank entry was not given. Personal and "
                        + "special-category data: keep this sheet in the supervision file only."));
    }

    static TabularReport monitoringSheet(Supervisee person, List<SessionEntry> entries, String authorityName) {
        List<List<String>> rows = new ArrayList<>();
        entries.stream().map(SessionEntry::session).sorted(Comparator.comparing(SupervisionSession::date))
                .forEach(s -> rows.add(List.of(UkDates.format(s.date()), s.kind().displayName(), outcome(s),
                        s.reason().isBlank() ? s.gapReason() : s.reason(), date(s.sharedOn()), date(s.signedOn()))));
        long held = entries.stream().filter(e -> e.session().outcome() == SessionOutcome.HELD).count();
        return new TabularReport(authorityName, "Supervision monitoring sheet",
                person.fullName() + "  \u00b7  " + person.employeeNumber(),
                List.of("Date", "Kind", "What happened", "Reason", "Record shared", "Record signed"), rows, List.of(),
                List.of(held + " of " + entries.size() + " booked sessions held. A postponed session shows its new "
                        + "date; a reason is given for every session not held and for any long gap."));
    }

    private static String outcome(SupervisionSession s) {
        return switch (s.outcome()) {
            case PLANNED -> "Booked";
            case HELD -> "Held";
            case POSTPONED -> s.rescheduledTo() == null ? "Postponed"
                    : "Postponed to " + UkDates.format(s.rescheduledTo());
            case CANCELLED -> "Cancelled";
        };
    }

    private static void add(List<List<String>> rows, String part, String detail, String entry) {
        rows.add(List.of(part, detail, entry == null ? "" : entry));
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : UkDates.format(day);
    }
}
