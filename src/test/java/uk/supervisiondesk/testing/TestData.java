package uk.supervisiondesk.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;

/** Supervisees for tests, with every front-sheet field filled so round trips check them all. */
public final class TestData {
    /** A cheap key-stretching cost: tests open many databases. */
    public static final int TEST_KEY_ITERATIONS = 1000;
    public static final char[] PASSPHRASE = "orange kettle winter bus".toCharArray();

    private TestData() {
    }

    /** An empty database whose first-run welcome has been answered, as on every start after the first. */
    public static void createSetUpDatabase(uk.supervisiondesk.store.DataFolder folder) throws Exception {
        try (uk.supervisiondesk.store.DeskDatabase db = uk.supervisiondesk.store.DeskDatabase.create(folder, PASSPHRASE,
                TEST_KEY_ITERATIONS, null)) {
            new uk.supervisiondesk.store.UserSetup(db, java.time.Clock.systemDefaultZone()).save(
                    new uk.supervisiondesk.store.UserSetup.Choices("Sam Manager", "Team manager", "england-default",
                            folder.root().resolve("exports").toString()));
        }
    }

    /**
     * Records that {@code s} left on {@code day}, as the Staff screen does, and returns them as
     * saved. From that day their file is archived and the store refuses changes to it.
     */
    public static Supervisee leftOn(DeskDatabase db, Clock clock, Supervisee s, LocalDate day) {
        Employment e = s.employment();
        Employment left = new Employment(e.jobTitle(), e.team(), e.workplaceAddress(), e.workMobile(),
                e.hoursPerWeek(), e.employmentStart(), e.currentPostStart(), e.supervisorName(), e.asyeStart(), day);
        return new StaffRegister(db, clock).save(new Supervisee(s.id(), s.employeeNumber(), s.personal(), left,
                s.emergencyContact(), s.roleHistory()));
    }

    /** A social worker with the fewest fields a front sheet needs, in the Children in Care Team. */
    public static Supervisee socialWorker(String employeeNumber, String forenames, String surname, LocalDate start) {
        return new Supervisee(null, employeeNumber,
                new PersonalDetails("", forenames, surname, "", null, "", "", ""),
                new Employment("Social Worker", "Children in Care Team", "", "", null, start, null, "Alex Morgan",
                        null, null),
                null, List.of(new RoleAssignment(Role.SOCIAL_WORKER, start, null)));
    }

    /** A social worker whose ASYE started on their first day. */
    public static Supervisee newlyQualified(String employeeNumber, String forenames, String surname, LocalDate start) {
        Supervisee s = socialWorker(employeeNumber, forenames, surname, start);
        var e = s.employment();
        return new Supervisee(null, employeeNumber, s.personal(), new Employment(e.jobTitle(), e.team(), "", "", null,
                start, null, e.supervisorName(), start, null), null, s.roleHistory());
    }

    public static Supervisee fullSupervisee(String employeeNumber, String forenames, String surname) {
        return new Supervisee(null, employeeNumber,
                new PersonalDetails("Ms", forenames, surname, "Known as Jo", LocalDate.of(1988, 3, 14),
                        "4 Sample Street, Anytown AN1 2ZZ", "01632 960123", "07700 900123"),
                new Employment("Senior Social Worker", "Children in Care Team", "Example House, Anytown",
                        "07700 900456", new BigDecimal("22.5"), LocalDate.of(2019, 9, 2), LocalDate.of(2022, 4, 4),
                        "Alex Morgan", null, null),
                new EmergencyContact("Sam " + surname, "Partner", "01632 960456", "01632 960789", "07700 900789",
                        "4 Sample Street, Anytown AN1 2ZZ"),
                List.of(new RoleAssignment(Role.SOCIAL_WORKER, LocalDate.of(2019, 9, 2), LocalDate.of(2022, 4, 3)),
                        new RoleAssignment(Role.SENIOR_SOCIAL_WORKER, LocalDate.of(2022, 4, 4), null)));
    }
}
