package uk.supervisiondesk.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.supervisiondesk.domain.EmergencyContact;
import uk.supervisiondesk.domain.Employment;
import uk.supervisiondesk.domain.PersonalDetails;
import uk.supervisiondesk.domain.Role;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.Supervisee;

/** Supervisees for tests, with every front-sheet field filled so round trips check them all. */
public final class TestData {
    /** A cheap key-stretching cost: tests open many databases. */
    public static final int TEST_KEY_ITERATIONS = 1000;
    public static final char[] PASSPHRASE = "orange kettle winter bus".toCharArray();

    private TestData() {
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
