package uk.supervisiondesk.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.FieldProblem;
import uk.supervisiondesk.domain.FrontSheetChanges;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SuperviseeField;
import uk.supervisiondesk.domain.SuperviseeRules;

/**
 * Turns the rows of a staff file into front sheets to add or update, checking every row against
 * the register and the front-sheet rules before anything is saved. A person already on the register
 * (matched by employee number, ignoring case) keeps everything the file does not hold: addresses,
 * emergency contact, earlier roles.
 */
final class StaffImport {
    private final ImportSource source;
    private final RegisterIndex register;
    private final LocalDate today;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfNumber = new HashMap<>();
    private final List<Supervisee> toSave = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;

    private StaffImport(ImportSource source, List<Supervisee> register, LocalDate today) {
        this.source = source;
        this.register = new RegisterIndex(register);
        this.today = today;
    }

    /** @throws ImportRejectedException listing every problem in the file; then nothing may be saved */
    static ImportPlan<Supervisee> plan(ImportSource source, List<Supervisee> register, LocalDate today)
            throws ImportRejectedException {
        StaffImport staffImport = new StaffImport(source, register, today);
        source.rows().forEach(staffImport::take);
        if (!staffImport.problems.isEmpty()) {
            throw source.rejected(staffImport.problems);
        }
        return new ImportPlan<>(staffImport.toSave, staffImport.added, staffImport.updated, staffImport.unchanged);
    }

    private void take(CsvRecord record) {
        ImportRow row = new ImportRow(record, source.header(), problems);
        StaffLine line = StaffLine.read(row).orElse(null);
        String number = row.text(StaffColumn.EMPLOYEE_NUMBER);
        if (!number.isEmpty()) {
            Integer earlier = lineOfNumber.putIfAbsent(RegisterIndex.key(number), row.line());
            if (earlier != null) {
                row.problem(StaffColumn.EMPLOYEE_NUMBER, "Employee number \"" + number + "\" is also on line "
                        + earlier + ". Keep one row for each member of staff.");
            }
        }
        if (line == null) {
            return;
        }
        Supervisee stored = register.find(line.employeeNumber()).orElse(null);
        Supervisee candidate = stored == null ? newcomer(line) : updated(stored, line, row);
        if (candidate == null) {
            return;
        }
        report(row, SuperviseeRules.check(candidate, today));
        if (row.hasProblems()) {
            return;
        }
        if (stored == null) {
            added++;
            toSave.add(candidate);
        } else if (FrontSheetChanges.between(stored, candidate).isEmpty()) {
            unchanged++;
        } else {
            updated++;
            toSave.add(candidate);
        }
    }

    private static Supervisee newcomer(StaffLine line) {
        return new Supervisee(null, line.employeeNumber(),
                new PersonalDetails("", line.forenames(), line.surname(), "", null, "", "", ""),
                new Employment("", line.team(), "", "", null, line.employmentStart(), null, "", line.asyeStart(),
                        line.leavingDate()),
                EmergencyContact.NONE,
                List.of(new RoleAssignment(line.role(), line.employmentStart(), line.leavingDate())));
    }

    /** The stored front sheet with the file's fields put in; null (with a problem) if the role changed. */
    private static Supervisee updated(Supervisee stored, StaffLine line, ImportRow row) {
        if (stored.currentRole().filter(r -> r != line.role()).isPresent()) {
            row.problem(StaffColumn.ROLE, "Role \"" + row.text(StaffColumn.ROLE) + "\" differs from the register,"
                    + " where " + stored.fullName() + "'s current role is " + stored.currentRole().get().displayName()
                    + ". Change roles in the app so the role history is kept, then import again.");
            return null;
        }
        Employment job = stored.employment();
        LocalDate asye = row.has(StaffColumn.ASYE_START) ? line.asyeStart() : job.asyeStart();
        LocalDate leaving = row.has(StaffColumn.LEAVING_DATE) ? line.leavingDate() : job.leavingDate();
        PersonalDetails p = stored.personal();
        return new Supervisee(stored.id(), stored.employeeNumber(),
                new PersonalDetails(p.title(), line.forenames(), line.surname(), p.previousNames(), p.dateOfBirth(),
                        p.homeAddress(), p.homePhone(), p.mobilePhone()),
                new Employment(job.jobTitle(), line.team(), job.workplaceAddress(), job.workMobile(),
                        job.hoursPerWeek(), line.employmentStart(), job.currentPostStart(), job.supervisorName(),
                        asye, leaving),
                stored.emergencyContact(),
                roleHistory(stored, line, leaving));
    }

    /**
     * The stored role history moved with the dates the file changes: the first role starts with the
     * employment if it did before (and would not then end before it starts), and the last role ends at
     * the leaving date if it did before (or was still open). Anything else is left for the front-sheet
     * rules to judge, which then say which role no longer fits.
     */
    private static List<RoleAssignment> roleHistory(Supervisee stored, StaffLine line, LocalDate leaving) {
        List<RoleAssignment> roles = new ArrayList<>(stored.roleHistory());
        if (roles.isEmpty()) {
            roles.add(new RoleAssignment(line.role(), line.employmentStart(), leaving));
            return roles;
        }
        LocalDate oldStart = stored.employment().employmentStart();
        RoleAssignment first = roles.get(0);
        boolean firstStillFits = first.to() == null || !line.employmentStart().isAfter(first.to());
        if (first.from().equals(oldStart) && firstStillFits) {
            roles.set(0, new RoleAssignment(first.role(), line.employmentStart(), first.to()));
        }
        LocalDate oldLeaving = stored.employment().leavingDate();
        RoleAssignment last = roles.get(roles.size() - 1);
        if (!Objects.equals(leaving, oldLeaving) && (last.to() == null || last.to().equals(oldLeaving))) {
            roles.set(roles.size() - 1, new RoleAssignment(last.role(), last.from(), leaving));
        }
        return roles;
    }

    /**
     * The front-sheet rules' messages against the row, each naming its cell unless that cell was already
     * reported. Rules about fields the file does not hold (the role history, the current post) follow
     * from the dates in the file, so they are reported only when no cell of the row is at fault.
     */
    private static void report(ImportRow row, List<FieldProblem> ruleProblems) {
        List<String> consequences = new ArrayList<>();
        for (FieldProblem problem : ruleProblems) {
            StaffColumn column = columnOf(problem.field());
            if (column == null || !row.has(column)) {
                consequences.add(problem.message());
            } else if (!row.isBad(column)) {
                String text = row.text(column);
                row.problem(column, (text.isEmpty() ? "Column \"" : "\"" + text + "\" in column \"")
                        + row.heading(column) + "\": " + problem.message());
            }
        }
        if (!row.hasProblems()) {
            consequences.forEach(row::problem);
        }
    }

    private static StaffColumn columnOf(SuperviseeField field) {
        return switch (field) {
            case EMPLOYEE_NUMBER -> StaffColumn.EMPLOYEE_NUMBER;
            case FORENAMES -> StaffColumn.FORENAMES;
            case SURNAME -> StaffColumn.SURNAME;
            case ROLE -> StaffColumn.ROLE;
            case TEAM -> StaffColumn.TEAM;
            case EMPLOYMENT_START -> StaffColumn.EMPLOYMENT_START;
            case ASYE_START -> StaffColumn.ASYE_START;
            case LEAVING_DATE -> StaffColumn.LEAVING_DATE;
            default -> null;
        };
    }

}
