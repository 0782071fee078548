package uk.supervisiondesk.domain;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The rules a front sheet must meet before it is saved. Used by the form, the importer and
 * the store alike, so every way in applies the same rules. Uniqueness of the employee number
 * needs the register and is checked by the store.
 */
public final class SuperviseeRules {
    public static final int EMPLOYEE_NUMBER_MAX = 20;
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,19}");
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    /** The Working Time Regulations' weekly limit: a higher figure is a typing slip. */
    private static final BigDecimal MAX_HOURS = new BigDecimal("48");
    private static final int MINIMUM_WORKING_AGE = 16;

    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("uk.supervisiondesk.domain.rules", Locale.UK);

    private SuperviseeRules() {
    }

    public static List<FieldProblem> check(Supervisee s, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Employment job = s.employment();
        PersonalDetails person = s.personal();

        if (s.employeeNumber().isEmpty()) {
            problems.add(problem(SuperviseeField.EMPLOYEE_NUMBER, "employeeNumber.required"));
        } else if (!EMPLOYEE_NUMBER.matcher(s.employeeNumber()).matches()) {
            problems.add(problem(SuperviseeField.EMPLOYEE_NUMBER, "employeeNumber.format", EMPLOYEE_NUMBER_MAX));
        }
        if (person.forenames().isEmpty()) {
            problems.add(problem(SuperviseeField.FORENAMES, "forenames.required"));
        }
        if (person.surname().isEmpty()) {
            problems.add(problem(SuperviseeField.SURNAME, "surname.required"));
        }
        if (job.team().isEmpty()) {
            problems.add(problem(SuperviseeField.TEAM, "team.required"));
        }
        if (s.roleHistory().isEmpty()) {
            problems.add(problem(SuperviseeField.ROLE, "role.required"));
        }
        if (job.employmentStart() == null) {
            problems.add(problem(SuperviseeField.EMPLOYMENT_START, "employmentStart.required"));
        }
        checkHours(job, problems);
        checkDateOfBirth(person, job, today, problems);
        checkEmploymentDates(job, problems);
        checkAsye(s, problems);
        checkRoleHistory(s, problems);
        return problems;
    }

    private static void checkHours(Employment job, List<FieldProblem> problems) {
        BigDecimal hours = job.hoursPerWeek();
        if (hours != null && (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0)) {
            problems.add(problem(SuperviseeField.HOURS_PER_WEEK, "hours.range", MIN_HOURS, MAX_HOURS));
        }
    }

    private static void checkDateOfBirth(PersonalDetails person, Employment job, LocalDate today,
                                         List<FieldProblem> problems) {
        LocalDate born = person.dateOfBirth();
        if (born == null) {
            return;
        }
        if (born.isAfter(today)) {
            problems.add(problem(SuperviseeField.DATE_OF_BIRTH, "dateOfBirth.future"));
        } else if (job.employmentStart() != null
                && born.plusYears(MINIMUM_WORKING_AGE).isAfter(job.employmentStart())) {
            problems.add(problem(SuperviseeField.DATE_OF_BIRTH, "dateOfBirth.tooYoung", MINIMUM_WORKING_AGE));
        }
    }

    private static void checkEmploymentDates(Employment job, List<FieldProblem> problems) {
        LocalDate start = job.employmentStart();
        if (start == null) {
            return;
        }
        if (job.currentPostStart() != null && job.currentPostStart().isBefore(start)) {
            problems.add(problem(SuperviseeField.CURRENT_POST_START, "currentPostStart.beforeEmployment",
                    UkDates.format(start)));
        }
        if (job.leavingDate() != null && !job.leavingDate().isAfter(start)) {
            problems.add(problem(SuperviseeField.LEAVING_DATE, "leavingDate.notAfterStart", UkDates.format(start)));
        } else if (job.leavingDate() != null && job.currentPostStart() != null
                && job.leavingDate().isBefore(job.currentPostStart())) {
            problems.add(problem(SuperviseeField.LEAVING_DATE, "leavingDate.beforeCurrentPost",
                    UkDates.format(job.currentPostStart())));
        }
    }

    private static void checkAsye(Supervisee s, List<FieldProblem> problems) {
        if (s.employment().asyeStart() == null) {
            return;
        }
        boolean everSocialWorker = s.roleHistory().stream().anyMatch(r -> r.role().isRegisteredSocialWorker());
        if (!s.roleHistory().isEmpty() && !everSocialWorker) {
            problems.add(problem(SuperviseeField.ASYE_START, "asye.notSocialWorker"));
        }
        LocalDate leaving = s.employment().leavingDate();
        if (leaving != null && s.employment().asyeStart().isAfter(leaving)) {
            problems.add(problem(SuperviseeField.ASYE_START, "asye.afterLeaving", UkDates.format(leaving)));
        }
    }

    private static void checkRoleHistory(Supervisee s, List<FieldProblem> problems) {
        List<RoleAssignment> roles = s.roleHistory();
        LocalDate start = s.employment().employmentStart();
        for (int i = 0; i < roles.size(); i++) {
            RoleAssignment r = roles.get(i);
            if (r.to() != null && r.to().isBefore(r.from())) {
                problems.add(problem(SuperviseeField.ROLE_HISTORY, "roleHistory.endsBeforeStart",
                        r.role().displayName(), UkDates.format(r.from()), UkDates.format(r.to())));
            }
            if (i == 0 && start != null && r.from().isBefore(start)) {
                problems.add(problem(SuperviseeField.ROLE_HISTORY, "roleHistory.beforeEmployment",
                        r.role().displayName(), UkDates.format(r.from()), UkDates.format(start)));
            }
            if (i > 0) {
                RoleAssignment previous = roles.get(i - 1);
                if (previous.to() == null || !previous.to().isBefore(r.from())) {
                    problems.add(problem(SuperviseeField.ROLE_HISTORY, "roleHistory.overlap",
                            previous.role().displayName(), r.role().displayName(), UkDates.format(r.from())));
                }
            }
        }
    }

    /** Raised by the store, which alone can see the whole register. */
    public static FieldProblem employeeNumberTaken(String number, String holderName) {
        return problem(SuperviseeField.EMPLOYEE_NUMBER, "employeeNumber.taken", number, holderName);
    }

    private static FieldProblem problem(SuperviseeField field, String key, Object... args) {
        return new FieldProblem(field, MessageFormat.format(MESSAGES.getString(key), args));
    }
}
