package uk.supervisiondesk.domain;

import static uk.supervisiondesk.domain.SuperviseeField.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which front-sheet fields differ between two versions of a supervisee (for the audit trail). */
public final class FrontSheetChanges {
    private FrontSheetChanges() {
    }

    public static List<SuperviseeField> between(Supervisee before, Supervisee after) {
        List<SuperviseeField> changed = new ArrayList<>();
        compare(changed, EMPLOYEE_NUMBER, before, after, Supervisee::employeeNumber);
        compare(changed, TITLE, before, after, s -> s.personal().title());
        compare(changed, FORENAMES, before, after, s -> s.personal().forenames());
        compare(changed, SURNAME, before, after, s -> s.personal().surname());
        compare(changed, PREVIOUS_NAMES, before, after, s -> s.personal().previousNames());
        compare(changed, DATE_OF_BIRTH, before, after, s -> s.personal().dateOfBirth());
        compare(changed, HOME_ADDRESS, before, after, s -> s.personal().homeAddress());
        compare(changed, HOME_PHONE, before, after, s -> s.personal().homePhone());
        compare(changed, MOBILE_PHONE, before, after, s -> s.personal().mobilePhone());
        compare(changed, JOB_TITLE, before, after, s -> s.employment().jobTitle());
        compare(changed, TEAM, before, after, s -> s.employment().team());
        compare(changed, WORKPLACE_ADDRESS, before, after, s -> s.employment().workplaceAddress());
        compare(changed, WORK_MOBILE, before, after, s -> s.employment().workMobile());
        compare(changed, HOURS_PER_WEEK, before, after, s -> s.employment().hoursPerWeek());
        compare(changed, EMPLOYMENT_START, before, after, s -> s.employment().employmentStart());
        compare(changed, CURRENT_POST_START, before, after, s -> s.employment().currentPostStart());
        compare(changed, SUPERVISOR, before, after, s -> s.employment().supervisorName());
        compare(changed, ASYE_START, before, after, s -> s.employment().asyeStart());
        compare(changed, LEAVING_DATE, before, after, s -> s.employment().leavingDate());
        compare(changed, ROLE_HISTORY, before, after, Supervisee::roleHistory);
        compare(changed, EMERGENCY_NAME, before, after, s -> s.emergencyContact().name());
        compare(changed, EMERGENCY_RELATIONSHIP, before, after, s -> s.emergencyContact().relationship());
        compare(changed, EMERGENCY_DAYTIME_PHONE, before, after, s -> s.emergencyContact().daytimePhone());
        compare(changed, EMERGENCY_EVENING_PHONE, before, after, s -> s.emergencyContact().eveningPhone());
        compare(changed, EMERGENCY_MOBILE_PHONE, before, after, s -> s.emergencyContact().mobilePhone());
        compare(changed, EMERGENCY_ADDRESS, before, after, s -> s.emergencyContact().address());
        return changed;
    }

    private static void compare(List<SuperviseeField> changed, SuperviseeField field, Supervisee before,
                                Supervisee after, Function<Supervisee, Object> value) {
        Object a = value.apply(before);
        Object b = value.apply(after);
        boolean same = a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y
                ? x.compareTo(y) == 0 : Objects.equals(a, b);
        if (!same) {
            changed.add(field);
        }
    }
}
